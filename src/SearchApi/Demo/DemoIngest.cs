using CrashSearch.Indexer;
using CrashSearch.Ingest;
using CrashSearch.Ingest.Hosting;
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
internal sealed class DemoIngest(
    ICrashIndex index, IngestRunner runner, IOptions<DemoOptions> options, ILogger<DemoIngest> logger)
    : BackgroundService
{
    const string CheckpointKey = "demo";
    volatile bool _running;
    IngestSummary? _summary;
    Exception? _failure;

    public DemoIngestState State { get; private set; } = options.Value.Enabled ? DemoIngestState.Starting : DemoIngestState.Off;

    /// <summary>Counters of the ingest so far (null before it starts or when it is not needed).</summary>
    public IngestSummary? Progress => _summary ?? (_running ? runner.Progress : null);

    /// <summary>Why the ingest failed, if it did.</summary>
    public string? Failure => _failure?.Message;

    public string Source => $"synthetic:{options.Value.Crashes}?seed={options.Value.Seed}&days={options.Value.Days}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        // Let the host finish starting (the API starts serving) before the index is read.
        await Task.Yield();
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
        State = DemoIngestState.Ingesting;
        _running = true;
        try
        {
            // Stopping the host cancels the run, which indexes and commits what it read, then returns.
            _summary = await runner.RunAsync(Source, watch: false, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            _failure = e;
            State = DemoIngestState.Failed;
            SearchApiLog.DemoIngestFailed(logger, e);
            return;
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _running = false;
        }
        await FinishAsync(stoppingToken);
    }

    async Task FinishAsync(CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested || _summary is not { } summary)
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
}
