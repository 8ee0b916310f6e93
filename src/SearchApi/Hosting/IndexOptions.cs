using System.ComponentModel.DataAnnotations;

namespace CrashSearch.SearchApi.Hosting;

/// <summary>The <c>Index</c> configuration section: where the embedded Lucene index is and how it is opened.</summary>
internal sealed class IndexOptions
{
    public const string Section = "Index";

    /// <summary>The index directory (<c>--index DIR</c>); relative paths are from the current directory. Demo mode defaults it.</summary>
    public string? Path { get; set; }

    /// <summary>Serve without writing, following the commits of a separate ingest process (<c>--index</c> sets it).</summary>
    public bool ReadOnly { get; set; }

    /// <summary>How stale a search may be (new commits of another process, or recently indexed crashes).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many ISO weeks of crashes are kept, the current one included; an empty value keeps everything. Searches
    /// report the weeks of their window outside retention in their errors; a writable index deletes older week
    /// folders when it commits. The default is also in appsettings.json, which the host reads only when started
    /// from src/SearchApi (the content root is the working directory), so the code carries it too.
    /// </summary>
    [Range(1, 10_000)]
    public int? RetentionWeeks { get; set; } = 26;

    /// <summary>The absolute index directory.</summary>
    public string FullPath() => System.IO.Path.GetFullPath(Path ?? "");
}
