using System.Globalization;
using CrashSearch.Indexer.Lucene;

namespace CrashSearch.Ingest;

/// <summary>
/// The oldest date a search reads under a retention of <paramref name="Weeks"/> weeks: a crash dated before it
/// (a processor clock at 1900, say) would be written into a week that no search reads and that no retention run
/// of the ingest command deletes, so it is quarantined instead.
/// </summary>
internal sealed record RetentionLimit(int Weeks, DateTimeOffset OldestKept)
{
    /// <summary>The limit at <paramref name="now"/>, or null when every date is taken.</summary>
    public static RetentionLimit? For(int? weeks, DateTimeOffset now) =>
        weeks is { } kept ? new RetentionLimit(kept, LuceneIndexOptions.OldestKept(kept, now)) : null;

    /// <summary>Why a crash dated <paramref name="date"/> is quarantined, or null when it is inside the retention.
    /// </summary>
    public string? Refusal(DateTimeOffset date) => date >= OldestKept
        ? null
        : string.Create(CultureInfo.InvariantCulture,
            $"date_processed {date.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} is before "
            + $"{OldestKept.UtcDateTime:yyyy-MM-dd}, ")
            + $"the first day of the {Weeks}-week retention: no search would read it (a wrong clock?). "
            + "To index it anyway, ingest it again with a longer --retention-weeks";
}
