using System.Buffers;
using CrashSearch.Indexer.Fields;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Every live document matching a query in the time window, per segment, gathered in one pass; hits, totals and
/// aggregations are all computed from it. The window is tested on the cached date column rather than with a
/// range query (engine-notes.md), and a segment whose dates all fall inside it (the usual case with weekly
/// partitions) is taken whole without looking at each date.
/// </summary>
internal sealed class MatchedDocs : IDisposable
{
    MatchedDocs(IReadOnlyList<SegmentMatches> segments)
    {
        Segments = segments;
        Total = segments.Sum(s => (long)s.Count);
    }

    public IReadOnlyList<SegmentMatches> Segments { get; }

    public long Total { get; }

    /// <summary>Matches of <paramref name="filter"/> (null: every live document) whose date is in [from, to).</summary>
    public static MatchedDocs Collect(IndexSearcher searcher, Query? filter, DateTimeOffset from, DateTimeOffset to, ColumnCache columns, FieldDefinition date, CancellationToken cancellationToken)
    {
        var weight = filter is null ? null : searcher.CreateNormalizedWeight(filter);
        var low = from.ToUnixTimeMilliseconds();
        var high = to.ToUnixTimeMilliseconds();
        var segments = new List<SegmentMatches>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reader = leaf.AtomicReader;
            var docs = ArrayPool<int>.Shared.Rent(Math.Max(1, reader.MaxDoc));
            var dates = columns.Values(reader, date);
            var count = 0;
            if (dates.Max >= low && dates.Min < high)
            {
                var all = dates.Min >= low && dates.Max < high;
                count = weight is null
                    ? Live(reader.LiveDocs, reader.MaxDoc, dates.Values, low, high, all, docs)
                    : Matching(weight.GetScorer(leaf, reader.LiveDocs), dates.Values, low, high, all, docs);
            }
            segments.Add(new SegmentMatches(leaf, docs, count));
        }
        return new MatchedDocs(segments);
    }

    static int Live(IBits? live, int maxDoc, long[] dates, long low, long high, bool all, int[] docs)
    {
        var count = 0;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            docs[count] = doc;
            var date = dates[doc];
            var inWindow = all || (date >= low && date < high);
            count += (inWindow && (live is null || live.Get(doc))) ? 1 : 0;
        }
        return count;
    }

    static int Matching(Scorer? scorer, long[] dates, long low, long high, bool all, int[] docs)
    {
        if (scorer is null)
            return 0;
        var count = 0;
        int doc;
        while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            docs[count] = doc;
            var date = dates[doc];
            count += (all || (date >= low && date < high)) ? 1 : 0;
        }
        return count;
    }

    public void Dispose()
    {
        foreach (var segment in Segments)
            ArrayPool<int>.Shared.Return(segment.Docs);
    }
}
