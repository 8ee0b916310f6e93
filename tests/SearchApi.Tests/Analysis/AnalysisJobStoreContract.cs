using CrashSearch.SearchApi.Analysis;
using CrashSearch.SearchApi.Store;
using Microsoft.Extensions.Time.Testing;

namespace CrashSearch.SearchApi.Tests.Analysis;

/// <summary>
/// What the job store must do on SQLite (<see cref="AnalysisJobStoreOnSqliteTests"/>) and on a real PostgreSQL server
/// (<see cref="AnalysisJobStoreOnPostgresTests"/>): one worker per job, cancelling, the per-key counts and expiry.
/// </summary>
public abstract class AnalysisJobStoreContract
{
    static readonly AnalysisJobSpec Spec = new() { Kind = AnalysisJobKind.Export, Columns = ["uuid"] };

    static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A new, empty store (not migrated).</summary>
    private protected abstract Task<StoreDatabase> CreateDatabaseAsync();

    async Task<AnalysisJobStore> CreateAsync()
    {
        var database = await CreateDatabaseAsync();
        StoreMigrations.Apply(database);
        return new AnalysisJobStore(database, _clock);
    }

    [Fact]
    public async Task A_job_runs_in_one_worker_and_a_dead_workers_job_is_taken_over()
    {
        var token = TestContext.Current.CancellationToken;
        var store = await CreateAsync();
        var job = await store.CreateAsync("owner", Spec, token);

        var byA = await store.TryTakeNextAsync("worker-a", Lease, token);
        var byB = await store.TryTakeNextAsync("worker-b", Lease, token);
        var reportedByA = await store.ReportAsync(job.Id, "worker-a", 10, 100, Lease, token);
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var takenOver = await store.TryTakeNextAsync("worker-b", Lease, token);
        var lateReportByA = await store.ReportAsync(job.Id, "worker-a", 20, 100, Lease, token);

        Assert.Equal(job.Id, byA?.Id);
        Assert.Null(byB);
        Assert.True(reportedByA);
        Assert.Equal(job.Id, takenOver?.Id);
        Assert.Equal(0, takenOver!.Scanned);
        Assert.False(lateReportByA);
        Assert.Equal(AnalysisJobKind.Export, takenOver.Spec.Kind);
        Assert.Equal(["uuid"], takenOver.Spec.Columns);
    }

    [Fact]
    public async Task Cancelling_finishing_and_expiry_change_the_owners_counts()
    {
        var token = TestContext.Current.CancellationToken;
        var store = await CreateAsync();
        var cancelled = await store.CreateAsync("owner", Spec, token);
        // Jobs are taken oldest first.
        _clock.Advance(TimeSpan.FromSeconds(1));
        var finished = await store.CreateAsync("owner", Spec, token);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await store.CreateAsync("other", Spec, token);

        var queued = await store.CountOwnedAsync("owner", token);
        await store.CancelAsync(cancelled.Id, "owner", token);
        var running = await store.TryTakeNextAsync("worker", Lease, token);
        var reportAfterDone = await store.FinishAsync(running!.Id, "worker", AnalysisJobState.Succeeded, null,
            _clock.GetUtcNow().AddHours(1), token);
        var done = await store.CountOwnedAsync("owner", token);
        _clock.Advance(TimeSpan.FromHours(1));
        var expired = await store.ExpireAsync(token);
        var afterExpiry = await store.CountOwnedAsync("owner", token);

        Assert.Equal((2, 0), queued);
        Assert.Equal(finished.Id, running.Id);
        Assert.True(reportAfterDone);
        Assert.Equal((0, 1), done);
        Assert.Equal([finished.Id], expired);
        Assert.Equal((0, 0), afterExpiry);
        Assert.Equal(AnalysisJobState.Cancelled, (await store.GetAsync(cancelled.Id, token))!.State);
        Assert.Equal(AnalysisJobState.Expired, (await store.GetAsync(finished.Id, token))!.State);
    }
}
