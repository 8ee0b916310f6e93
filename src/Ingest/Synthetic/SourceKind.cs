namespace CrashSearch.Ingest.Synthetic;

/// <summary>How a frame's source file is written in a processed crash.</summary>
internal enum SourceKind
{
    /// <summary>No source file (system code, missing symbols).</summary>
    None,

    /// <summary>A path in mozilla-central, written as Socorro's <c>hg:hg.mozilla.org/&lt;repo&gt;:&lt;path&gt;:&lt;revision&gt;</c>.</summary>
    Gecko,

    /// <summary>Written as it is (Rust standard library paths, Java file names).</summary>
    Verbatim,
}
