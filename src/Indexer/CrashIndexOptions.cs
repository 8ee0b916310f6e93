using System.ComponentModel.DataAnnotations;

namespace CrashSearch.Indexer;

/// <summary>
/// The <c>Index</c> configuration section, bound and validated on start by every host that opens the index (the API,
/// the ingest command and the demo): which engine, and how it is opened.
/// </summary>
public sealed class CrashIndexOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Index";

    /// <summary>The engine (<c>Index:Backend</c>).</summary>
    public CrashIndexBackend Backend { get; set; } = CrashIndexBackend.Lucene;

    /// <summary>
    /// The Lucene index directory; relative paths are from the current directory. Defaults to the data directory
    /// (<c>--index DIR</c> sets both).
    /// </summary>
    public string? Path { get; set; }

    /// <summary>Serve without writing, following the commits of a separate ingest process.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>How stale a search may be (new commits of another process, or recently indexed crashes).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many ISO weeks of crashes are kept, the current one included; an empty value keeps everything. Searches
    /// report the weeks of their window outside retention in their errors; a writable index deletes older weeks when
    /// it commits.
    /// </summary>
    [Range(1, 10_000)]
    public int? RetentionWeeks { get; set; } = 26;

    /// <summary>
    /// Memory each week being written may fill with new crashes before it writes them out as a segment
    /// (<c>Index:WriteBufferMegabytes</c>). Larger buffers make fewer segments, so cheaper ingest and faster searches;
    /// a worker catching up on a backlog spread over many weeks can hold this much for each of them.
    /// </summary>
    [Range(16, 4096)]
    public int WriteBufferMegabytes { get; set; } = 256;

    /// <summary>The absolute index directory.</summary>
    public string FullPath() => System.IO.Path.GetFullPath(Path ?? "");
}
