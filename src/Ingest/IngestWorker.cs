using CrashSearch.Ingest.Metrics;
using CrashSearch.Ingest.Sources;
using CrashSearch.Ingest.Sources.Postgres;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrashSearch.Ingest;

/// <summary>
/// Runs the ingest pipeline over one source as a hosted service: in the command line, and in the API's all-in-one
/// demo mode. A failed run is logged and kept in <see cref="Failure"/>; it does not bring the host down.
/// </summary>
internal sealed class IngestWorker(
    IngestPipeline pipeline, IngestWorkerOptions options, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<IngestWorker> logger,
    IngestMetrics? metrics = null)
    : BackgroundService
{
    volatile IngestWorkerState _state;

    public IngestWorkerState State => _state;

    /// <summary>Counters of the run so far.</summary>
    public IngestSummary Progress => pipeline.Progress;

    /// <summary>The final counters, once the run has completed.</summary>
    public IngestSummary? Summary { get; private set; }

    /// <summary>Why the run failed, if it did.</summary>
    public Exception? Failure { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (the API starts serving) before the first crash is read.
        await Task.Yield();
        _state = IngestWorkerState.Running;
        try
        {
            var source = CrashSourceSpec.Parse(options.Source, time, watch: !options.Once, logger, metrics);
            Summary = await pipeline.RunAsync(source, stoppingToken).ConfigureAwait(false);
            _state = IngestWorkerState.Completed;
        }
        catch (Exception e)
        {
            Failure = e;
            _state = IngestWorkerState.Failed;
            // A database source spec may hold a password; the log gets it masked.
            IngestLog.Failed(logger, PostgresSpec.Redacted(options.Source), e);
        }
        finally
        {
            if (options.StopApplicationWhenDone)
                lifetime.StopApplication();
        }
    }
}
