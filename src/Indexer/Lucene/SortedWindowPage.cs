using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The answer to a query with no filter and no aggregations sorted on date alone (the default newest-first is one),
/// without gathering every document of the window as <see cref="MatchedDocs"/> does: each segment's documents in
/// sort order (<see cref="ColumnCache.Order"/>) are searched for the window and the cursor and walked from there,
/// merged across segments, so a page costs about its length. The total is counted from the same order, corrected
/// for deleted documents. Hits and order are those of <see cref="ColumnTopHits"/>.
/// </summary>
internal sealed class SortedWindowPage
{
    SortedWindowPage(long total, List<DatedDoc> top)
    {
        Total = total;
        Top = top;
    }

    public long Total { get; }

    /// <summary>
    /// The first <c>wanted</c> hits after the cursor, best first, in the order <see cref="ColumnTopHits"/> gives them,
    /// each with its date. Their uuids are read from the uuid column when the hits are built.
    /// </summary>
    public List<DatedDoc> Top { get; }

    /// <summary>The answer, or null when the query is not of this kind (or a document lacks a date) and <see cref="MatchedDocs"/> must run.</summary>
    public static SortedWindowPage? TryRead(IndexSearcher searcher, CrashQuery query, Query? filter, SortPlan plan, FieldDoc? after,
        ColumnCache cache, FieldDefinition date, CancellationToken cancellationToken)
    {
        if (filter is not null || query.Aggregations.Count > 0 || plan.Fields.Count != 1 || plan.Fields[0].Name != date.Name)
            return null;
        var leaves = searcher.IndexReader.Leaves;
        var columns = cache.Values(searcher.IndexReader, date);
        for (var i = 0; i < leaves.Count; i++)
        {
            // The window test of MatchedDocs counts a missing date as 0; rather than mimic that here, it decides.
            if (columns[i].Present is not null && leaves[i].AtomicReader.MaxDoc > 0)
                return null;
        }
        var low = query.From.ToUnixTimeMilliseconds();
        var high = query.To.ToUnixTimeMilliseconds();
        if (low >= high)
            return new SortedWindowPage(0, []);
        var descending = plan.Descending[0];
        var total = 0L;
        for (var i = 0; i < leaves.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            total += Count(leaves[i].AtomicReader, columns[i], descending, low, high, cache, date);
        }
        var wanted = HitReader.Wanted(query, after);
        var top = wanted == 0 ? [] : Walk(leaves, columns, plan, after, wanted, low, high, cache, date, cancellationToken);
        return new SortedWindowPage(total, top);
    }

    /// <summary>Live documents of the segment in [low, high).</summary>
    static long Count(AtomicReader reader, ValueColumn dates, bool descending, long low, long high, ColumnCache cache, FieldDefinition date)
    {
        if (reader.MaxDoc == 0 || dates.Max < low || dates.Min >= high)
            return 0;
        if (dates.Min >= low && dates.Max < high)
            return reader.NumDocs;
        // The order the page walks, so that a segment holds one order, not one per direction.
        var order = cache.Order(reader, date, descending);
        var (firstKey, lastKey) = Keys(descending, low, high);
        var inWindow = SortedDocs.UpperBound(order, dates, descending, lastKey) - SortedDocs.LowerBound(order, dates, descending, firstKey);
        var deleted = cache.DeletedValues(reader, date);
        return inWindow - (LowerBound(deleted, high) - LowerBound(deleted, low));
    }

    static List<DatedDoc> Walk(IList<AtomicReaderContext> leaves, ValueColumn[] columns, SortPlan plan, FieldDoc? after,
        int wanted, long low, long high, ColumnCache cache, FieldDefinition date, CancellationToken cancellationToken)
    {
        var descending = plan.Descending[0];
        var (firstKey, lastKey) = Keys(descending, low, high);
        (long, BytesRef?)? cursor = after is null ? null
            : (SortedDocs.Key(((J2N.Numerics.Number)after.Fields[0]).ToInt64(), descending), (BytesRef?)after.Fields[1]);
        // Walks are made and started in the order of the least key they may yield, only once the merge gets there:
        // most segments of a window hold only dates past the page.
        var pending = new List<(long Key, int Leaf)>(leaves.Count);
        for (var i = 0; i < leaves.Count; i++)
        {
            if (SegmentWalk.Bound(leaves[i], columns[i], descending, (firstKey, lastKey), cursor) is { } bound)
                pending.Add((bound, i));
        }
        pending.Sort();
        var heads = new WalkHeap(pending.Count);
        var next = 0;
        var top = new List<DatedDoc>(Math.Min(wanted, 1024));
        while (top.Count < wanted)
        {
            while (next < pending.Count && (heads.Count == 0 || pending[next].Key <= heads.Top.Key))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (bound, leaf) = pending[next++];
                var walk = SegmentWalk.For(leaves[leaf], date, columns[leaf], descending, (firstKey, lastKey), cursor, bound);
                if (walk.Start(cache))
                    heads.Push(walk);
            }
            if (heads.Count == 0)
                break;
            var best = heads.Top;
            // Segments flushed as crashes arrive hold runs of consecutive dates: the top walk goes on alone while its key
            // stays below every other head's and every pending walk's, without a heap step per hit. An equal key
            // needs the uuid tie-break and goes back to the heap.
            var limit = Math.Min(heads.SecondKey, next < pending.Count ? pending[next].Key : long.MaxValue);
            var done = false;
            do
            {
                top.Add(new DatedDoc(best.Leaf.DocBase + best.Doc, best.Value));
                done = !best.MoveNext();
            }
            while (!done && top.Count < wanted && best.Key < limit);
            heads.TopChanged(done);
        }
        return top;
    }

    /// <summary>The keys of the first and last dates of [low, high) in sort order.</summary>
    static (long First, long Last) Keys(bool descending, long low, long high) =>
        descending ? (SortedDocs.Key(high - 1, true), SortedDocs.Key(low, true)) : (low, high - 1);

    static int LowerBound(long[] sorted, long value)
    {
        var index = Array.BinarySearch(sorted, value);
        if (index < 0)
            return ~index;
        // BinarySearch finds any of equal values: step back to the first.
        while (index > 0 && sorted[index - 1] == value)
            index--;
        return index;
    }
}
