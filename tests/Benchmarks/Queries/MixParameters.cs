namespace CrashSearch.Benchmarks.Queries;

/// <summary>
/// The values the query mix searches for, chosen from the data (so that the selective query is selective at any N)
/// plus the time windows, all relative to the corpus's reference time.
/// </summary>
/// <param name="To">End of every window (the corpus's reference time).</param>
/// <param name="AllFrom">Start of the whole corpus window.</param>
/// <param name="WeekFrom">Start of the last 7 days.</param>
/// <param name="SelectiveFunction">A function in few crashes, searched anywhere in the crashing thread.</param>
/// <param name="TopFrameFunction">A common function, searched within the top 5 frames.</param>
/// <param name="Platform">The platform of the top-frames query.</param>
/// <param name="Words">Full-text words searched in moz_crash_reason or reason.</param>
/// <param name="Regex">A regular expression over whole function names (Lucene syntax, also valid in PostgreSQL when anchored).</param>
/// <param name="Page">The page of 100 hits read by cursor (500, or the last full page of a smaller corpus).</param>
internal sealed record MixParameters(
    DateTimeOffset To, DateTimeOffset AllFrom, DateTimeOffset WeekFrom, string SelectiveFunction, string TopFrameFunction,
    string Platform, string Words, string Regex, int Page)
{
    public const int PageSize = 100;
    public const int TopFrames = 5;

    /// <summary>Hits before the page: the cursor is the position of the last of them.</summary>
    public int HitsBefore => (Page - 1) * PageSize;
}
