using CrashSearch.SearchApi.Store;
using Dapper;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// Analysis jobs in the application store: their state, progress and the lease that lets one process run each. No
/// rights are checked here: the GraphQL fields and endpoints do that.
/// </summary>
internal sealed class AnalysisJobStore(StoreDatabase database, TimeProvider time)
{
    const string Select = "SELECT " + AnalysisJobRow.Columns + " FROM analysis_jobs";

    static readonly string Queued = AnalysisJobRow.StateName(AnalysisJobState.Queued);
    static readonly string Running = AnalysisJobRow.StateName(AnalysisJobState.Running);
    static readonly string Succeeded = AnalysisJobRow.StateName(AnalysisJobState.Succeeded);

    long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task<AnalysisJob> CreateAsync(string owner, AnalysisJobSpec spec, CancellationToken cancellationToken)
    {
        var id = StoreIds.New();
        await using (var connection = await database.OpenAsync(cancellationToken))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO analysis_jobs (id, owner, spec, state, created_at) "
                    + "VALUES (@id, @owner, @spec, @state, @now)",
                new { id, owner, spec = AnalysisJobRow.SpecText(spec), state = Queued, now = Now },
                cancellationToken: cancellationToken));
        }
        return await GetAsync(id, cancellationToken)
            ?? throw new InvalidOperationException("The analysis job just created cannot be read back.");
    }

    public async Task<AnalysisJob?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AnalysisJobRow>(new CommandDefinition(
            Select + " WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToJob();
    }

    public async Task<IReadOnlyList<AnalysisJob>> ListOwnedAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AnalysisJobRow>(new CommandDefinition(
            Select + " WHERE owner = @owner ORDER BY created_at, id", new { owner },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToJob())];
    }

    /// <summary>How many of the owner's jobs are queued or running, and how many results it keeps.</summary>
    public async Task<(int Active, int Results)> CountOwnedAsync(string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT COALESCE(SUM(CASE WHEN state IN (@queued, @running) THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN state = @succeeded THEN 1 ELSE 0 END), 0) "
                + "FROM analysis_jobs WHERE owner = @owner",
            new { owner, queued = Queued, running = Running, succeeded = Succeeded },
            cancellationToken: cancellationToken));
        return ((int)counts.Item1, (int)counts.Item2);
    }

    /// <summary>
    /// Takes the oldest queued job (or a running one whose process died: its lease ran out) for
    /// <paramref name="holder"/>; null when there is none. One conditional UPDATE, atomic on SQLite and PostgreSQL.
    /// </summary>
    public async Task<AnalysisJob?> TryTakeNextAsync(string holder, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var connection = await database.OpenAsync(cancellationToken);
        var candidates = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM analysis_jobs WHERE state = @queued OR (state = @running AND lease_until < @now) "
                + "ORDER BY created_at, id",
            new { queued = Queued, running = Running, now }, cancellationToken: cancellationToken));
        foreach (var id in candidates)
        {
            var taken = await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE analysis_jobs SET state = @running, lease_owner = @holder, lease_until = @until, "
                    + "started_at = @now, scanned = 0, total = NULL WHERE id = @id "
                    + "AND (state = @queued OR (state = @running AND lease_until < @now))",
                new
                {
                    id, holder, now, queued = Queued, running = Running,
                    until = now + (long)lease.TotalMilliseconds,
                },
                cancellationToken: cancellationToken));
            if (taken == 1)
                return await GetAsync(id, cancellationToken);
        }
        return null;
    }

    /// <summary>Records progress and renews the lease; false when the job is no longer this holder's to run
    /// (cancelled, deleted or taken over), so the scan stops.</summary>
    public async Task<bool> ReportAsync(
        string id, string holder, long scanned, long total, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE analysis_jobs SET scanned = @scanned, total = @total, lease_until = @until "
                + "WHERE id = @id AND state = @running AND lease_owner = @holder",
            new { id, holder, scanned, total, running = Running, until = Now + (long)lease.TotalMilliseconds },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Ends a running job: SUCCEEDED (kept until <paramref name="expiresAt"/>) or FAILED with a reason.
    /// False when it was cancelled or deleted meanwhile.</summary>
    public async Task<bool> FinishAsync(
        string id, string holder, AnalysisJobState state, string? error, DateTimeOffset? expiresAt,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE analysis_jobs SET state = @state, error = @error, finished_at = @now, expires_at = @expires, "
                + "lease_owner = NULL, lease_until = 0 WHERE id = @id AND state = @running AND lease_owner = @holder",
            new
            {
                id, holder, state = AnalysisJobRow.StateName(state), error, now = Now, running = Running,
                expires = expiresAt?.ToUnixTimeMilliseconds(),
            },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Cancels a queued or running job of <paramref name="owner"/>; a finished one stays as it is.</summary>
    public async Task CancelAsync(string id, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE analysis_jobs SET state = @cancelled, finished_at = @now, lease_owner = NULL, lease_until = 0 "
                + "WHERE id = @id AND owner = @owner AND state IN (@queued, @running)",
            new
            {
                id, owner, now = Now, queued = Queued, running = Running,
                cancelled = AnalysisJobRow.StateName(AnalysisJobState.Cancelled),
            },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> DeleteAsync(string id, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM analysis_jobs WHERE id = @id AND owner = @owner", new { id, owner },
            cancellationToken: cancellationToken)) == 1;
    }

    /// <summary>Marks the results kept past their time EXPIRED and returns their ids, so their files can go.</summary>
    public async Task<IReadOnlyList<string>> ExpireAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM analysis_jobs WHERE state = @succeeded AND expires_at <= @now",
            new { succeeded = Succeeded, now }, cancellationToken: cancellationToken))).ToList();
        if (ids.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE analysis_jobs SET state = @expired WHERE state = @succeeded AND expires_at <= @now",
                new { succeeded = Succeeded, now, expired = AnalysisJobRow.StateName(AnalysisJobState.Expired) },
                cancellationToken: cancellationToken));
        }
        return ids;
    }
}
