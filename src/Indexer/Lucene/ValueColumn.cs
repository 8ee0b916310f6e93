namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// One segment's numeric doc values of a field (dates in epoch ms, doubles in sortable form), decoded once.
/// <see cref="Present"/> is a bitset of the documents that have a value, or null when all do. <see cref="Min"/>
/// and <see cref="Max"/> bound the present values (Min &gt; Max when there are none).
/// </summary>
internal sealed record ValueColumn(long[] Values, ulong[]? Present, long Min, long Max)
{
    public bool Has(int doc) => Present is null || (Present[doc >> 6] & (1UL << doc)) != 0;
}
