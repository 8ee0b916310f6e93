namespace CrashSearch.Ingest.Metrics;

/// <summary>The name of the ingest meter, for hosts that export it (the API's <c>/metrics</c> in demo mode).</summary>
public static class IngestMeter
{
    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name of every ingest instrument.</summary>
    public const string Name = "CrashSearch.Ingest";
}
