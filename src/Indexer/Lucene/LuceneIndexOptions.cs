namespace CrashSearch.Indexer.Lucene;

/// <summary>How a <see cref="LuceneCrashIndex"/> is opened.</summary>
public sealed record LuceneIndexOptions
{
    /// <summary>
    /// Open without a writer and follow the commits of another process (new commits and new week folders are
    /// picked up at most every <see cref="RefreshInterval"/>).
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// How stale a search may be: recently indexed documents (writable mode) or another process's commits
    /// (read-only mode) become visible to searches at most this long after they happen. Zero refreshes on every search.
    /// </summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(1);
}
