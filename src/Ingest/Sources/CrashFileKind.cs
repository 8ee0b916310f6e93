namespace CrashSearch.Ingest.Sources;

/// <summary>What a file holds, judged by its name (see <see cref="CrashFiles"/>).</summary>
internal enum CrashFileKind
{
    Unsupported,

    /// <summary><c>*.json</c>, or a Socorro file-system storage file <c>.../processed_crash/&lt;uuid&gt;</c>.</summary>
    SingleCrash,

    /// <summary><c>*.jsonl</c>: one crash per line.</summary>
    JsonLines,

    /// <summary><c>*.jsonl.gz</c>.</summary>
    GzipJsonLines,
}
