using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Keys;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// The one job worker of this process: takes queued jobs one at a time (so at most one core's share, see
/// <see cref="AnalysisOptions.MaxCpuShare"/>, goes to jobs), runs each with its owner's current rights, and deletes
/// results past <see cref="AnalysisOptions.ResultRetention"/>. Several API processes sharing a store each run one
/// worker; a lease keeps a job to one of them.
/// </summary>
internal sealed class AnalysisJobRunner(
    AnalysisJobStore jobs,
    AnalysisJobPlanner planner,
    AnalysisResultFiles files,
    ApiKeyStore keys,
    ICrashIndex index,
    IOptions<AnalysisOptions> options,
    TimeProvider time,
    ILogger<AnalysisJobRunner> logger) : BackgroundService
{
    /// <summary>How long a running job stays this process's without a progress report (one page).</summary>
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                SearchApiLog.AnalysisCycleFailed(logger, e);
            }
            // Real time, not the TimeProvider: this paces the worker, it does not date anything.
            await Task.Delay(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>Deletes expired results, then runs every queued job.</summary>
    public async Task RunPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await jobs.ExpireAsync(cancellationToken))
            files.Delete(id);
        while (await jobs.TryTakeNextAsync(_holder, Lease, cancellationToken) is { } job)
            await RunAsync(job, cancellationToken);
    }

    async Task RunAsync(AnalysisJob job, CancellationToken cancellationToken)
    {
        SearchApiLog.AnalysisJobStarted(logger, job.Id, job.Spec.Kind.ToString());
        try
        {
            var rights = await OwnerRightsAsync(job, cancellationToken);
            var query = planner.Query(job.Spec, rights, job.StartedAt ?? time.GetUtcNow());
            files.Prepare();
            var scanned = job.Spec.Kind == AnalysisJobKind.Group
                ? await GroupAsync(job, query, cancellationToken)
                : await ExportAsync(job, query, cancellationToken);
            if (scanned is null)
            {
                files.Delete(job.Id);
                SearchApiLog.AnalysisJobCancelled(logger, job.Id);
                return;
            }
            files.Publish(job.Id);
            var expires = time.GetUtcNow() + options.Value.ResultRetention;
            if (!await jobs.FinishAsync(job.Id, _holder, AnalysisJobState.Succeeded, null, expires, cancellationToken))
                files.Delete(job.Id);
            SearchApiLog.AnalysisJobFinished(logger, job.Id, scanned.Value);
        }
        catch (Exception e) when (e is InvalidQueryException or AnalysisJobException)
        {
            await FailAsync(job, e.Message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            SearchApiLog.AnalysisJobFailed(logger, job.Id, e);
            await FailAsync(job, "The job failed on the server; the details are in its log.", cancellationToken);
        }
    }

    async Task<long?> GroupAsync(AnalysisJob job, CrashQuery query, CancellationToken cancellationToken)
    {
        var counted = await GroupJob.RunAsync(index, query, job.Spec, planner.Catalogue, options.Value,
            Report(job, cancellationToken), cancellationToken);
        if (counted is not { } groups)
            return null;
        await GroupResultWriter.WriteAsync(files.TemporaryPath(job.Id, AnalysisResultFormat.Csv),
            files.TemporaryPath(job.Id, AnalysisResultFormat.Json), job.Spec, groups.Groups, cancellationToken);
        return groups.Crashes;
    }

    async Task<long?> ExportAsync(AnalysisJob job, CrashQuery query, CancellationToken cancellationToken)
    {
        var multiValued = job.Spec.Columns.Where(c => planner.Catalogue.Find(c) is { MultiValued: true })
            .ToHashSet(StringComparer.Ordinal);
        await using var writer = new ExportWriter(files.TemporaryPath(job.Id, AnalysisResultFormat.Csv),
            files.TemporaryPath(job.Id, AnalysisResultFormat.Json), job.Spec.Columns, multiValued);
        var scanned = await ScanAsync(job, query, writer.Add, cancellationToken);
        if (scanned is not null)
            await writer.CompleteAsync(cancellationToken);
        return scanned;
    }

    Task<long?> ScanAsync(
        AnalysisJob job, CrashQuery query, Action<IReadOnlyList<CrashHit>> consume,
        CancellationToken cancellationToken) =>
        AnalysisScan.RunAsync(index, query, options.Value, consume, Report(job, cancellationToken), cancellationToken);

    /// <summary>Stores a job's progress; false when it was cancelled (or another worker took it over).</summary>
    Func<long, long, Task<bool>> Report(AnalysisJob job, CancellationToken cancellationToken) =>
        (done, total) => jobs.ReportAsync(job.Id, _holder, done, total, Lease, cancellationToken);

    async Task FailAsync(AnalysisJob job, string reason, CancellationToken cancellationToken)
    {
        files.Delete(job.Id);
        await jobs.FinishAsync(job.Id, _holder, AnalysisJobState.Failed, reason, null, cancellationToken);
    }

    /// <summary>What the owner's key may read now: a job of a key revoked meanwhile fails.</summary>
    async Task<SearchRights> OwnerRightsAsync(AnalysisJob job, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = await keys.GetAsync(job.Owner, cancellationToken);
        if (key is null || !key.IsUsableAt(now))
            throw new AnalysisJobException($"Its owner's key is {key?.StateAt(now) ?? "deleted"}.");
        return new SearchRights(key.Scopes.Any(s => ApiKeyScopes.Grants(s, ApiKeyScopes.ReadProtected)));
    }
}
