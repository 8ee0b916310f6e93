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
}
