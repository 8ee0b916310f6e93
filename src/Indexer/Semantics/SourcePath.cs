namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// The path inside a version-control-mapped source file, as Socorro's processor writes them:
/// <c>hg:hg.mozilla.org/releases/mozilla-release:memory/mozalloc/mozalloc_abort.cpp:d9976bb69dbf</c> is
/// <c>memory/mozalloc/mozalloc_abort.cpp</c>. The scheme, host, repository and revision are the same for most frames
/// of a crash and match every crash of a build: as words they find nothing and cost most of a source file's terms.
/// Used by <see cref="SymbolTokenizer"/> for <c>source_path</c> fields, so by both engines.
/// </summary>
internal static class SourcePath
{
    static readonly string[] Schemes = ["hg", "git", "svn", "cvs", "s3"];

    /// <summary>
    /// Where the path starts in <paramref name="value"/>, and its length (the whole value when it is not mapped).
    /// </summary>
    public static (int Start, int Length) Of(ReadOnlySpan<char> value)
    {
        var scheme = value.IndexOf(':');
        if (scheme <= 0 || !IsScheme(value[..scheme]))
            return (0, value.Length);
        var repository = value[(scheme + 1)..].IndexOf(':');
        var revision = value.LastIndexOf(':');
        if (repository < 0)
            return (0, value.Length);
        var start = scheme + 1 + repository + 1;
        return revision <= start ? (0, value.Length) : (start, revision - start);
    }

    static bool IsScheme(ReadOnlySpan<char> text)
    {
        foreach (var scheme in Schemes)
        {
            if (text.Equals(scheme, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
