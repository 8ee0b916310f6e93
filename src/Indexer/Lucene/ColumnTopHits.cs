using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The top hits of a sort whose keys are all numbers, dates or booleans (the default, newest first, included),
/// read from the cached columns instead of Lucene's per-hit doc values reads. Same order as
/// <see cref="SortPlan.Sort"/>: keys with missing values last, then uuid ascending (read only on ties).
/// A document is first tested against the worst kept hit on its first key alone, so most are rejected by one
/// array read.
/// </summary>
internal sealed class ColumnTopHits
{
    readonly SortPlan _plan;
    readonly ValueColumn[][] _columns;
    readonly SortedDocValues?[] _uuids;
    readonly IReadOnlyList<SegmentMatches> _segments;

    ColumnTopHits(SortPlan plan, ColumnCache cache, IReadOnlyList<SegmentMatches> segments)
    {
        _plan = plan;
        _segments = segments;
        _columns = segments.Select(s => plan.Fields.Select(f => cache.Values(s.Leaf.AtomicReader, f)).ToArray()).ToArray();
        _uuids = segments.Select(s => s.Leaf.AtomicReader.GetSortedDocValues("uuid")).ToArray();
    }

    /// <summary>The best <paramref name="wanted"/> hits after <paramref name="after"/>, best first, as Lucene field docs.</summary>
    public static List<FieldDoc> Collect(SortPlan plan, ColumnCache cache, MatchedDocs matches, int wanted, FieldDoc? after, CancellationToken cancellationToken)
    {
        var top = new ColumnTopHits(plan, cache, matches.Segments);
        return top.Run(wanted, after is null ? null : Candidate.FromFieldDoc(after, plan.Fields.Count), cancellationToken);
    }

    List<FieldDoc> Run(int wanted, Candidate? after, CancellationToken cancellationToken)
    {
        var worstFirst = Comparer<Candidate>.Create((a, b) => Compare(b, a));
        var heap = new PriorityQueue<Candidate, Candidate>(worstFirst);
        var descending0 = _plan.Descending[0];
        var missing0 = SortPlan.MissingLong(descending0);
        for (var s = 0; s < _segments.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var segment = _segments[s];
            var first = _columns[s][0];
            for (var i = 0; i < segment.Count; i++)
            {
                var doc = segment.Docs[i];
                var key0 = first.Has(doc) ? first.Values[doc] : missing0;
                if (after is not null && Before(key0, after.Keys[0], descending0))
                    continue;
                if (heap.Count == wanted && Before(heap.Peek().Keys[0], key0, descending0))
                    continue;
                var candidate = new Candidate(s, doc, Keys(s, doc, key0));
                if (after is not null && Compare(candidate, after) <= 0)
                    continue;
                if (heap.Count < wanted)
                    heap.Enqueue(candidate, candidate);
                else if (Compare(candidate, heap.Peek()) < 0)
                    heap.DequeueEnqueue(candidate, candidate);
            }
        }
        var hits = new List<FieldDoc>(heap.Count);
        while (heap.Count > 0)
            hits.Add(ToFieldDoc(heap.Dequeue()));
        hits.Reverse();
        return hits;
    }

    static bool Before(long a, long b, bool descending) => descending ? a > b : a < b;

    long[] Keys(int segment, int doc, long key0)
    {
        var keys = new long[_columns[segment].Length];
        keys[0] = key0;
        for (var k = 1; k < keys.Length; k++)
        {
            var column = _columns[segment][k];
            keys[k] = column.Has(doc) ? column.Values[doc] : SortPlan.MissingLong(_plan.Descending[k]);
        }
        return keys;
    }

    /// <summary>Negative when <paramref name="a"/> sorts first.</summary>
    int Compare(Candidate a, Candidate b)
    {
        for (var k = 0; k < a.Keys.Length; k++)
        {
            var order = a.Keys[k].CompareTo(b.Keys[k]);
            if (order != 0)
                return _plan.Descending[k] ? -order : order;
        }
        return Uuid(a).CompareTo(Uuid(b));
    }

    BytesRef Uuid(Candidate candidate)
    {
        if (candidate.Uuid is null)
        {
            var uuid = new BytesRef();
            _uuids[candidate.Segment]?.Get(candidate.Doc, uuid);
            candidate.Uuid = uuid;
        }
        return candidate.Uuid;
    }

    FieldDoc ToFieldDoc(Candidate candidate)
    {
        var fields = new object[candidate.Keys.Length + 1];
        for (var k = 0; k < candidate.Keys.Length; k++)
            fields[k] = J2N.Numerics.Int64.GetInstance(candidate.Keys[k]);
        fields[^1] = BytesRef.DeepCopyOf(Uuid(candidate));
        return new FieldDoc(_segments[candidate.Segment].Leaf.DocBase + candidate.Doc, float.NaN, fields);
    }

    sealed class Candidate(int segment, int doc, long[] keys)
    {
        public int Segment { get; } = segment;

        public int Doc { get; } = doc;

        public long[] Keys { get; } = keys;

        public BytesRef? Uuid { get; set; }

        /// <summary>The cursor position as a candidate that every real hit compares against.</summary>
        public static Candidate FromFieldDoc(FieldDoc after, int keyCount)
        {
            var keys = new long[keyCount];
            for (var k = 0; k < keyCount; k++)
                keys[k] = ((J2N.Numerics.Number)after.Fields[k]).ToInt64();
            return new Candidate(-1, -1, keys) { Uuid = (BytesRef)after.Fields[keyCount] };
        }
    }
}
