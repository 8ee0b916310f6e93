using CrashSearch.Indexer;
using CrashSearch.Ingest;
using CrashSearch.SearchApi.Hosting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Demo;

/// <summary>
/// The all-in-one demo: on a start with an empty index, runs the real ingest worker over
/// <c>synthetic:COUNT?seed=S&amp;days=D</c> in this process while the API already serves. The index's checkpoint
/// records that the demo ingest started and finished, so a first start that was stopped half-way resumes on the
/// next start (crashes are keyed by uuid, so ingesting again is harmless), a finished one is not redone, and an
/// index filled by someone else is never touched.
/// </summary>
internal sealed class DemoIngest(IServiceProvider services, IOptions<DemoOptions> options, ILogger<DemoIngest> logger) : BackgroundService
{
    const string CheckpointKey = "demo";
    IngestWorker? _worker;
    volatile bool _stopping;

    public DemoIngestState State { get; private set; } = options.Value.Enabled ? DemoIngestState.Starting : DemoIngestState.Off;

    /// <summary>Counters of the ingest so far (null before it starts or when it is not needed).</summary>
    public IngestSummary? Progress => _worker?.Summary ?? _worker?.Progress;

    /// <summary>Why the ingest failed, if it did.</summary>
    public string? Failure => _worker?.Failure?.Message;

    public string Source => $"synthetic:{options.Value.Crashes}?seed={options.Value.Seed}&days={options.Value.Days}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        var index = services.GetRequiredService<ICrashIndex>();
        var checkpoint = await index.ReadCheckpointAsync(stoppingToken);
        var existing = (await index.GetStatusAsync(stoppingToken)).Crashes;
        var marker = checkpoint.GetValueOrDefault(CheckpointKey);
        if (marker == Finished(Source) || (existing > 0 && marker != Started(Source)))
        {
            State = DemoIngestState.Skipped;
            SearchApiLog.DemoIngestSkipped(logger, existing);
            return;
        }
        if (existing > 0)
            SearchApiLog.DemoIngestResuming(logger, options.Value.Crashes);
        else
            SearchApiLog.DemoIngestStarting(logger, options.Value.Crashes);
        await index.CommitAsync(new Dictionary<string, string> { [CheckpointKey] = Started(Source) }, stoppingToken);
        _worker = ActivatorUtilities.CreateInstance<IngestWorker>(services, new IngestWorkerOptions { Source = Source, Once = true });
        State = DemoIngestState.Ingesting;
        await _worker.StartAsync(stoppingToken);
        if (_worker.ExecuteTask is { } run)
            await run;
        await FinishAsync(index, _worker, stoppingToken);
    }

    async Task FinishAsync(ICrashIndex index, IngestWorker worker, CancellationToken stoppingToken)
    {
        if (worker.State != IngestWorkerState.Completed || worker.Summary is not { } summary)
        {
            State = DemoIngestState.Failed;
            if (worker.Failure is { } failure)
                SearchApiLog.DemoIngestFailed(logger, failure);
            return;
        }
        if (_stopping)
        {
            // Stopped half-way: the checkpoint still says "started", so the next start resumes.
            State = DemoIngestState.Starting;
            return;
        }
        await index.CommitAsync(new Dictionary<string, string> { [CheckpointKey] = Finished(Source) }, stoppingToken);
        State = DemoIngestState.Done;
        SearchApiLog.DemoIngestDone(logger, summary.Ingested, summary.Quarantined, summary.Elapsed.TotalSeconds);
    }

    static string Started(string source) => $"started {source}";

    static string Finished(string source) => $"finished {source}";

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The worker drains and commits its batch in flight before the index is disposed; its run then ends
        // normally, so the flag is what tells a stopped ingest from a finished one.
        _stopping = true;
        if (_worker is not null)
            await _worker.StopAsync(cancellationToken);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _worker?.Dispose();
        base.Dispose();
    }
}
