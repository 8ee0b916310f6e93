namespace CrashSearch.Ingest.Hosting;

/// <summary>
/// The <c>Data</c> configuration section: the directory of what is not the search engine's (the quarantine, the
/// application store). It does not depend on the engine; without <c>Data:Path</c> it is the directory given with
/// <c>--index</c> (<c>Index:Path</c>), as it always was.
/// </summary>
public sealed class DataDirectoryOptions
{
    public const string Section = "Data";

    /// <summary>The data directory; relative paths are from the current directory.</summary>
    public string? Path { get; set; }

    /// <summary>The absolute data directory.</summary>
    public string FullPath() => System.IO.Path.GetFullPath(Path ?? "");

    /// <summary>Where bad records are kept.</summary>
    public string QuarantinePath() => System.IO.Path.Combine(FullPath(), "quarantine");
}
