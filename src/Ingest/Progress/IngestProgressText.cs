using System.Globalization;
using CrashSearch.Ingest.Sources;

namespace CrashSearch.Ingest.Progress;

/// <summary>The words of the live display, apart from its drawing, so they read the same as the log lines.</summary>
internal static class IngestProgressText
{
    public static string Counters(IngestSummary summary) => string.Create(CultureInfo.InvariantCulture,
        $"ingested {summary.Ingested:N0}   {summary.CrashesPerSecond:F1} crashes/s   "
        + $"{summary.MegabytesPerSecond:F1} MB/s   quarantined {summary.Quarantined:N0}");

    public static IngestProgressLine Progress(IngestSummary summary, SourceSize? size, bool follows, bool finished)
    {
        if (follows)
        {
            return new IngestProgressLine(null, summary.Lag is { } lag
                ? string.Create(CultureInfo.InvariantCulture, $"following the source, lag {lag.TotalSeconds:F1} s")
                : "following the source, waiting for the first commit");
        }
        if (size is not { Total: > 0 } known)
            return new IngestProgressLine(null, finished ? "done" : "reading a source of unknown size");
        var done = known.Unit == SourceSizeUnit.Records ? summary.Ingested + summary.Quarantined : summary.Bytes;
        // A JSON-lines file's records hold its bytes less the line ends, so a finished run is shown whole.
        var share = finished ? 1 : Math.Clamp((double)done / known.Total, 0, 1);
        var percent = string.Create(CultureInfo.InvariantCulture, $"{share * 100,3:F0}%");
        var text = finished ? $"{percent} done" : $"{percent}   {TimeLeft(summary, share)} left";
        return new IngestProgressLine(share, text);
    }

    /// <summary>At the average speed so far; unknown until something was read.</summary>
    static string TimeLeft(IngestSummary summary, double share)
    {
        if (share <= 0 || summary.Elapsed <= TimeSpan.Zero)
            return "-:--:--";
        var left = TimeSpan.FromSeconds(summary.Elapsed.TotalSeconds * (1 - share) / share);
        return left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);
    }
}
