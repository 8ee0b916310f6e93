using Microsoft.Extensions.Logging;

namespace CrashSearch.Ingest;

/// <summary>Every log message of the ingest worker, in one place.</summary>
internal static partial class IngestLog
{
    [LoggerMessage(1, LogLevel.Information, "Ingesting from {Source}")]
    public static partial void Started(ILogger logger, string source);

    [LoggerMessage(2, LogLevel.Information, "ingested {Ingested}, quarantined {Quarantined}, {CrashesPerSecond:F1} crashes/s, {MegabytesPerSecond:F1} MB/s")]
    public static partial void Progress(ILogger logger, long ingested, long quarantined, double crashesPerSecond, double megabytesPerSecond);

    [LoggerMessage(3, LogLevel.Warning, "Quarantined {Origin} as {Path}: {Reason}")]
    public static partial void Quarantined(ILogger logger, string origin, string path, string reason);

    [LoggerMessage(4, LogLevel.Information, "Finished {Source}: {Summary}")]
    public static partial void Finished(ILogger logger, string source, IngestSummary summary);

    [LoggerMessage(5, LogLevel.Information, "Stopping: indexing and committing what was already read")]
    public static partial void Draining(ILogger logger);

    [LoggerMessage(6, LogLevel.Error, "Ingesting from {Source} failed")]
    public static partial void Failed(ILogger logger, string source, Exception exception);

    [LoggerMessage(7, LogLevel.Warning, "{File} disappeared before it could be read; skipped")]
    public static partial void SourceFileVanished(ILogger logger, string file);

    [LoggerMessage(8, LogLevel.Debug, "Committed {Ingested} crashes")]
    public static partial void Committed(ILogger logger, long ingested);

    [LoggerMessage(9, LogLevel.Information, "ingested {Ingested}, quarantined {Quarantined}, {CrashesPerSecond:F1} crashes/s, {MegabytesPerSecond:F1} MB/s, lag {LagSeconds:F1} s")]
    public static partial void ProgressWithLag(ILogger logger, long ingested, long quarantined, double crashesPerSecond, double megabytesPerSecond, double lagSeconds);

    [LoggerMessage(10, LogLevel.Information, "Resuming {Source} from its checkpoint {Position}")]
    public static partial void Resuming(ILogger logger, string source, string position);

    [LoggerMessage(11, LogLevel.Warning, "{Source}: {Operation} failed ({Reason}); attempt {Attempt}, retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string source, string operation, string reason, int attempt, long delayMs);

    [LoggerMessage(12, LogLevel.Information, "{Source}: {Operation} succeeded after {Attempts} attempts")]
    public static partial void Recovered(ILogger logger, string source, string operation, int attempts);

    [LoggerMessage(13, LogLevel.Warning, "{Source}: listening for notifications failed ({Reason}); polling until it can listen again")]
    public static partial void ListenFailed(ILogger logger, string source, string reason);

    [LoggerMessage(14, LogLevel.Information, "{Source}: the scanner expired (the gateway restarted?); starting a new one after the last row read")]
    public static partial void ScannerExpired(ILogger logger, string source);

    [LoggerMessage(15, LogLevel.Debug, "{Source}: re-read {Count} crashes committed late inside the overlap window")]
    public static partial void LateRows(ILogger logger, string source, int count);

    [LoggerMessage(16, LogLevel.Debug, "{Source}: the scanner could not be deleted ({Reason}); it will expire on the gateway")]
    public static partial void ScannerNotReleased(ILogger logger, string source, string reason);

    [LoggerMessage(17, LogLevel.Information,
        "{Origin}: crash {Uuid} is indexed cut: {What}; the stored crash keeps every value whole")]
    public static partial void Truncated(ILogger logger, string origin, string uuid, string what);

    [LoggerMessage(18, LogLevel.Debug, "{Source}: its size could not be measured ({Reason}); progress has no bar")]
    public static partial void NotMeasured(ILogger logger, string source, string reason);
}
