using CrashSearch.Indexer.Semantics;

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

    /// <summary>
    /// How many ISO weeks are kept, the current one included; null keeps everything. Searches never read older
    /// weeks and list the ones their window asked for in <see cref="Queries.CrashSearchResult.Errors"/>; the writing
    /// process deletes their folders when it commits.
    /// </summary>
    public int? RetentionWeeks { get; init; }

    /// <summary>
    /// Memory each week's writer fills with new documents before it flushes them as a segment (Lucene's RAM buffer);
    /// commits flush too. Fewer, larger segments cost less to merge and less for every search.
    /// </summary>
    public int WriteBufferMegabytes { get; init; } = 256;

    /// <summary>
    /// The start (Monday 00:00 UTC) of the oldest ISO week a retention of <paramref name="weeks"/> keeps at
    /// <paramref name="now"/>: the current week and the <c>weeks - 1</c> before it.
    /// </summary>
    public static DateTimeOffset OldestKept(int weeks, DateTimeOffset now) => RetentionWindow.OldestKept(weeks, now);

    /// <summary>The clock that decides the current week for retention.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
