using CrashSearch.Ingest.Metrics;
using CrashSearch.Ingest.Sources;
using Microsoft.Extensions.Logging;

namespace CrashSearch.Ingest.Hosting;

/// <summary>
/// Runs the ingest pipeline over one source, in any host that called <c>AddCrashIndex</c> and <c>AddCrashIngest</c>:
/// the ingest command's worker and the API's demo mode. One run at a time.
/// </summary>
public sealed class IngestRunner
{
    readonly IngestPipeline _pipeline;
    readonly TimeProvider _time;
    readonly ILogger<IngestRunner> _logger;
    readonly IngestMetrics? _metrics;

    internal IngestRunner(
        IngestPipeline pipeline, TimeProvider time, ILogger<IngestRunner> logger, IngestMetrics? metrics)
    {
        _pipeline = pipeline;
        _time = time;
        _logger = logger;
        _metrics = metrics;
    }

    /// <summary>Counters of the run in progress, or of the last run.</summary>
    public IngestSummary Progress => _pipeline.Progress;

    /// <summary>How much the source of the run holds, when it can tell (see <see cref="ISizedSource"/>).</summary>
    internal SourceSize? SourceSize => _pipeline.SourceSize;

    /// <summary>
    /// Reads <paramref name="source"/> (a spec as <c>--source</c> takes it) until it is drained, or with
    /// <paramref name="watch"/> until cancelled, and returns the final counters. Cancelling stops reading, then
    /// indexes and commits what was read. A failure (a bad source, a damaged index, a full disk) is thrown.
    /// </summary>
    public Task<IngestSummary> RunAsync(string source, bool watch, CancellationToken cancellationToken)
    {
        var crashes = CrashSourceSpec.Parse(source, _time, watch, _logger, _metrics);
        return _pipeline.RunAsync(crashes, cancellationToken);
    }
}
