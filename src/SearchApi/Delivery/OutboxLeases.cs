using CrashSearch.SearchApi.Store;
using Dapper;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// The sender's side of the outbox. A sender takes a due message with a lease (a conditional UPDATE of
/// <c>lease_until</c>, so that of several API processes sharing a PostgreSQL store exactly one wins it), and writes
/// how the attempt ended only while it still holds the lease.
/// </summary>
internal sealed class OutboxLeases(StoreDatabase database, TimeProvider time, IOptions<OutboxOptions> options)
{
    const int Candidates = 8;

    /// <summary>The next due message, now leased to <paramref name="owner"/>; null when none is due.</summary>
    public async Task<OutboxEntry?> ClaimNextAsync(string owner, bool withMail, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pending = OutboxRow.Text(OutboxState.Pending);
        await using var connection = await database.OpenAsync(cancellationToken);
        var keys = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT message_key FROM outbox WHERE state = @pending AND due_at <= @now "
                + "AND (lease_until IS NULL OR lease_until <= @now)"
                + (withMail ? "" : " AND channel = @webhook")
                + $" ORDER BY due_at, message_key LIMIT {Candidates}",
            new { pending, now = now.ToUnixTimeMilliseconds(), webhook = OutboxRow.Text(OutboxChannel.Webhook) },
            cancellationToken: cancellationToken));
        foreach (var key in keys)
        {
            var taken = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE outbox SET lease_owner = @owner, lease_until = @until WHERE message_key = @key "
                    + "AND state = @pending AND (lease_until IS NULL OR lease_until <= @now)",
                new
                {
                    owner,
                    until = (now + options.Value.Lease).ToUnixTimeMilliseconds(),
                    key,
                    pending,
                    now = now.ToUnixTimeMilliseconds(),
                },
                cancellationToken: cancellationToken));
            if (taken == 1)
                return (await connection.QuerySingleAsync<OutboxRow>(new CommandDefinition(
                    $"SELECT {OutboxRow.Columns} FROM outbox WHERE message_key = @key", new { key },
                    cancellationToken: cancellationToken))).ToEntry();
        }
        return null;
    }

    /// <summary>Records that the message was sent, refused for good, or suppressed; false when the lease was lost.
    /// </summary>
    public async Task<bool> FinishAsync(
        string key, string owner, OutboxState state, string? reason, bool attempted,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET state = @state, attempts = attempts + @tried, last_error = @reason, "
                + "finished_at = @now, lease_owner = NULL, lease_until = NULL "
                + "WHERE message_key = @key AND lease_owner = @owner",
            new
            {
                state = OutboxRow.Text(state),
                tried = attempted ? 1 : 0,
                reason,
                now = time.GetUtcNow().ToUnixTimeMilliseconds(),
                key,
                owner,
            },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Records a failed attempt and when to try again (capped exponential back-off); returns that time.
    /// </summary>
    public async Task<DateTimeOffset> RetryLaterAsync(
        OutboxEntry entry, string owner, string reason, CancellationToken cancellationToken)
    {
        var attempts = entry.Attempts + 1;
        var due = time.GetUtcNow() + options.Value.RetryDelay(attempts);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET attempts = @attempts, last_error = @reason, due_at = @due, lease_owner = NULL, "
                + "lease_until = NULL WHERE message_key = @key AND lease_owner = @owner",
            new { attempts, reason, due = due.ToUnixTimeMilliseconds(), key = entry.Message.Key, owner },
            cancellationToken: cancellationToken));
        return due;
    }
}
