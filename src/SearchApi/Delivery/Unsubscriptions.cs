using CrashSearch.SearchApi.Store;
using Dapper;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// Who asked to hear no more of what, in the application store. Topic <c>campaigns</c> is the campaigns opt-out: it
/// stops every topic that starts with <c>campaign</c> (<c>campaigns</c>, <c>campaign:&lt;id&gt;</c>).
/// </summary>
internal sealed class Unsubscriptions(StoreDatabase database, TimeProvider time)
{
    public const string Campaigns = "campaigns";

    /// <summary>Addresses compare without case and surrounding blanks.</summary>
    public static string Normalize(string recipient) => recipient.Trim().ToLowerInvariant();

    /// <summary>Records that <paramref name="recipient"/> wants no more of <paramref name="topic"/>; false when
    /// that was recorded already.</summary>
    public async Task<bool> AddAsync(string recipient, string topic, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO unsubscriptions (recipient, topic, created_at) VALUES (@recipient, @topic, @now) "
                + "ON CONFLICT (recipient, topic) DO NOTHING",
            new { recipient = Normalize(recipient), topic, now = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    /// <summary>Whether <paramref name="recipient"/> unsubscribed from <paramref name="topic"/> (or, for a
    /// campaign, from all campaigns).</summary>
    public async Task<bool> StopsAsync(string recipient, string topic, CancellationToken cancellationToken)
    {
        var optOut = topic.StartsWith("campaign", StringComparison.Ordinal) ? Campaigns : topic;
        await using var connection = await database.OpenAsync(cancellationToken);
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM unsubscriptions WHERE recipient = @recipient AND topic IN (@topic, @optOut)",
            new { recipient = Normalize(recipient), topic, optOut }, cancellationToken: cancellationToken));
        return count > 0;
    }
}
