using System.Security.Cryptography;
using CrashSearch.SearchApi.Store;
using Dapper;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>
/// Alerts in the application store, their evaluation state and the lease that lets one process at a time evaluate
/// each. No rights are checked here: the GraphQL fields do that.
/// </summary>
internal sealed class AlertStore(StoreDatabase database, TimeProvider time)
{
    const string Select = "SELECT " + AlertRow.Columns + " FROM alerts";

    public async Task<Alert> CreateAsync(string owner, AlertRule rule, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var id = StoreIds.New();
        var secret = rule.WebhookUrl is null ? null : NewSecret();
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO alerts (id, owner, saved_search_id, condition, threshold, window_text, recipients, "
                + "webhook_url, webhook_secret, min_interval_text, created_at, updated_at, watermark) VALUES (@id, "
                + "@owner, @search, @condition, @threshold, @window, @recipients, @webhook, @secret, @interval, @now, "
                + "@now, @watermark)",
            Parameters(rule, new { id, owner, secret, now, watermark = StartingWatermark(rule, now) }),
            cancellationToken: cancellationToken));
        var created = await GetAsync(id, cancellationToken)
            ?? throw new InvalidOperationException("The alert just created cannot be read back.");
        return created with { RevealedSecret = secret };
    }

    public async Task<Alert?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AlertRow>(new CommandDefinition(
            Select + " WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToAlert();
    }

    public async Task<IReadOnlyList<Alert>> ListOwnedAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AlertRow>(new CommandDefinition(
            Select + " WHERE owner = @owner ORDER BY created_at, id", new { owner },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToAlert())];
    }

    /// <summary>The ids of the alerts that are not paused, for the evaluator.</summary>
    public async Task<IReadOnlyList<string>> ListActiveIdsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM alerts WHERE paused_reason IS NULL ORDER BY id", cancellationToken: cancellationToken));
        return [.. ids];
    }

    /// <summary>
    /// Changes an alert of <paramref name="owner"/>; null when it has no such alert. A new condition or window starts
    /// its evaluation afresh; a webhook added gets a secret, shown in the answer once.
    /// </summary>
    public async Task<Alert?> UpdateAsync(string id, string owner, AlertRule rule, CancellationToken cancellationToken)
    {
        if (await GetAsync(id, cancellationToken) is not { } old || !old.IsOwnedBy(owner))
            return null;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var secret = rule.WebhookUrl is null ? null : old.WebhookSecret ?? NewSecret();
        var restart = old.Rule.Condition != rule.Condition || old.Rule.Window != rule.Window;
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alerts SET saved_search_id = @search, condition = @condition, threshold = @threshold, "
                + "window_text = @window, recipients = @recipients, webhook_url = @webhook, webhook_secret = @secret, "
                + "min_interval_text = @interval, updated_at = @now, paused_reason = NULL"
                + (restart ? ", watermark = @watermark, pending_at = NULL, firing = NULL" : "")
                + " WHERE id = @id AND owner = @owner",
            Parameters(rule, new { id, owner, secret, now, watermark = StartingWatermark(rule, now) }),
            cancellationToken: cancellationToken));
        var updated = await GetAsync(id, cancellationToken);
        return updated is null ? null : updated with { RevealedSecret = old.WebhookSecret is null ? secret : null };
    }

    public async Task<bool> DeleteAsync(string id, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM alerts WHERE id = @id AND owner = @owner", new { id, owner },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>
    /// Takes the alert for <paramref name="holder"/> until <paramref name="until"/> unless another process holds it:
    /// one conditional UPDATE, atomic on SQLite and PostgreSQL alike.
    /// </summary>
    public async Task<bool> TryLeaseAsync(
        string id, string holder, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alerts SET lease_owner = @holder, lease_until = @until WHERE id = @id "
                + "AND (lease_owner IS NULL OR lease_owner = @holder OR lease_until < @now)",
            new
            {
                id,
                holder,
                until = until.ToUnixTimeMilliseconds(),
                now = time.GetUtcNow().ToUnixTimeMilliseconds(),
            },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task ReleaseAsync(string id, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alerts SET lease_owner = NULL, lease_until = 0 WHERE id = @id AND lease_owner = @holder",
            new { id, holder }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Records the instant of the evaluation <paramref name="holder"/> begins; false: the lease was lost.
    /// </summary>
    public async Task<bool> BeginAsync(string id, string holder, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alerts SET pending_at = @at WHERE id = @id AND lease_owner = @holder",
            new { id, holder, at = at.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>
    /// Ends the pending evaluation with its new state; false: the lease was lost (the next holder redoes it).
    /// </summary>
    public async Task<bool> FinishAsync(string id, string holder, AlertState state, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alerts SET watermark = @watermark, pending_at = NULL, firing = @firing, "
                + "last_evaluated_at = @evaluated, last_sent_at = @sent, last_error = NULL "
                + "WHERE id = @id AND lease_owner = @holder",
            new
            {
                id,
                holder,
                watermark = state.Watermark.ToUnixTimeMilliseconds(),
                firing = state.Firing,
                evaluated = state.LastEvaluatedAt?.ToUnixTimeMilliseconds(),
                sent = state.LastSentAt?.ToUnixTimeMilliseconds(),
            },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Keeps why the last evaluation failed (shown on the alert); the next cycle retries it.</summary>
    public async Task RecordErrorAsync(string id, string error, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alerts SET last_error = @error WHERE id = @id", new { id, error },
            cancellationToken: cancellationToken));
    }

    /// <summary>Stops evaluating the alert until its owner changes it, saying why.</summary>
    public async Task PauseAsync(string id, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE alerts SET paused_reason = @reason, pending_at = NULL WHERE id = @id", new { id, reason },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// NEW_MATCH announces crashes indexed after creation; SPIKE judges the windows that end after it (aligned on the
    /// Unix epoch, as histogram buckets are); THRESHOLD starts counting now.
    /// </summary>
    static long StartingWatermark(AlertRule rule, long now)
    {
        if (rule.Condition != AlertCondition.Spike)
            return now;
        var window = (long)rule.WindowLength.TotalMilliseconds;
        return now / window * window;
    }

    static DynamicParameters Parameters(AlertRule rule, object more)
    {
        var parameters = new DynamicParameters(more);
        parameters.AddDynamicParams(new
        {
            search = rule.SavedSearchId,
            condition = AlertRow.ConditionName(rule.Condition),
            threshold = rule.Threshold,
            window = rule.Window,
            recipients = string.Join('\n', rule.Recipients),
            webhook = rule.WebhookUrl,
            interval = rule.MinInterval,
        });
        return parameters;
    }

    static string NewSecret() =>
        "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
