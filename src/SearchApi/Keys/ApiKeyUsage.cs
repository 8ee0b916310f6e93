using System.Collections.Concurrent;

namespace CrashSearch.SearchApi.Keys;

/// <summary>
/// Records when keys are used without a write per request: a key's last-used time is written at most once per
/// <see cref="Resolution"/> by this process, so it is accurate to about a minute.
/// </summary>
internal sealed class ApiKeyUsage(ApiKeyStore store)
{
    public static readonly TimeSpan Resolution = TimeSpan.FromMinutes(1);

    readonly ConcurrentDictionary<string, DateTimeOffset> _recorded = new(StringComparer.Ordinal);

    public async Task RecordAsync(ApiKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = _recorded.TryGetValue(key.Id, out var seen) ? seen : key.LastUsedAt;
        if (last is { } at && now - at < Resolution)
            return;
        _recorded[key.Id] = now;
        await store.RecordUseAsync(key.Id, now, cancellationToken);
    }
}
