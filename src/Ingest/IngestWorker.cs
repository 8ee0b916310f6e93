using CrashSearch.Ingest.Hosting;
using CrashSearch.Ingest.Sources;
using CrashSearch.Ingest.Sources.Postgres;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrashSearch.Ingest;

/// <summary>
/// Runs one source as a hosted service of the command line. A failed run is logged and kept in <see cref="Failure"/>;
/// the command turns it into its exit code.
/// </summary>
internal sealed class IngestWorker(
    IngestRunner runner, IngestWorkerOptions options, IHostApplicationLifetime lifetime, ILogger<IngestWorker> logger)
    : BackgroundService
{
    volatile IngestWorkerState _state;

    public IngestWorkerState State => _state;

    /// <summary>Counters of the run so far.</summary>
    public IngestSummary Progress => runner.Progress;

    /// <summary>How much the source holds, when it can tell; null before the run starts.</summary>
    public SourceSize? SourceSize => runner.SourceSize;

    /// <summary>Whether the source follows new data (a watched directory, a table): a lag and no end.</summary>
    public bool Follows => !options.Once;

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
            Summary = await runner.RunAsync(options.Source, watch: !options.Once, stoppingToken);
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
