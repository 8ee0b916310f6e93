namespace CrashSearch.SearchApi.Keys;

/// <summary>A stored API key as an admin sees it: everything but the key itself, which is never kept.</summary>
internal sealed record ApiKey(
    string Id,
    string Name,
    IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt)
{
    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } expiry || expiry > now);

    public string StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? "revoked" : ExpiresAt is { } expiry && expiry <= now ? "expired" : "active";
}
