using System.Buffers;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Top terms by count (then key ascending), counted by global ordinal into a pooled array. Multi-valued fields
/// count each distinct value once per document. Slot 0 of the counts is "missing", so the kernel has no branch; it
/// is the last bucket when the aggregation asks for it.
/// </summary>
internal static class TermsAggregator
{
    public static AggregationResult Run(AggregationRunner runner, TermsAggregation aggregation,
        FieldDefinition field, DocSubset subset)
    {
        var columns = runner.OrdinalColumns(field);
        var keys = runner.Cache.Keys(field);
        var size = keys.Count;
        var counts = ArrayPool<int>.Shared.Rent(size + 1);
        try
        {
            Array.Clear(counts, 0, size + 1);
            for (var s = 0; s < columns.Length; s++)
                Count(columns[s], subset.Slices[s], counts);
            var top = Top(counts, size, aggregation.Size, keys);
            // The missing bucket is ordinal -1 (slot 0), kept last, after the top terms.
            if (aggregation.IncludeMissing && counts[0] > 0)
                top.Add(-1);
            var children = aggregation.Children.Count == 0
                ? null
                : Children(runner, aggregation, columns, subset, top, size);
            var buckets = new List<AggregationBucket>(top.Count);
            for (var b = 0; b < top.Count; b++)
            {
                var key = top[b] < 0 ? MissingTerm.Value : Key(field, keys.KeyAt(top[b]));
                buckets.Add(new AggregationBucket(key, counts[top[b] + 1], children?[b] ?? []));
            }
            return new AggregationResult(aggregation.Name, aggregation.Field, buckets);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    static void Count(OrdinalColumn column, DocSlice slice, int[] counts)
    {
        var docs = slice.Docs;
        var end = slice.Start + slice.Count;
        var ordinals = column.Ordinals;
        if (column.Starts is not { } starts)
        {
            for (var i = slice.Start; i < end; i++)
                counts[ordinals[docs[i]] + 1]++;
            return;
        }
        for (var i = slice.Start; i < end; i++)
        {
            var doc = docs[i];
            if (starts[doc] == starts[doc + 1])
                counts[0]++;
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
                counts[ordinals[k] + 1]++;
        }
    }

    /// <summary>
    /// The best <paramref name="size"/> ordinals, best first, through a heap whose root is the worst kept.
    /// </summary>
    static List<int> Top(int[] counts, int ordinals, int size, OrdinalKeys keys)
    {
        var worstFirst = Comparer<int>.Create((a, b) =>
            counts[a + 1] != counts[b + 1] ? counts[a + 1].CompareTo(counts[b + 1]) : keys.Compare(b, a));
        var heap = new PriorityQueue<int, int>(worstFirst);
        for (var ordinal = 0; ordinal < ordinals; ordinal++)
        {
            if (counts[ordinal + 1] == 0)
                continue;
            if (heap.Count < size)
                heap.Enqueue(ordinal, ordinal);
            else if (worstFirst.Compare(ordinal, heap.Peek()) > 0)
                heap.DequeueEnqueue(ordinal, ordinal);
        }
        var top = new List<int>(heap.Count);
        while (heap.Count > 0)
            top.Add(heap.Dequeue());
        top.Reverse();
        return top;
    }

    static List<AggregationResult>[] Children(AggregationRunner runner, TermsAggregation aggregation,
        OrdinalColumn[] columns, DocSubset subset, List<int> top, int size)
    {
        var bucketOf = ArrayPool<int>.Shared.Rent(size + 1);
        using var partition = new BucketPartition(columns.Length, top.Count);
        try
        {
            Array.Fill(bucketOf, -1, 0, size + 1);
            for (var b = 0; b < top.Count; b++)
                bucketOf[top[b] + 1] = b;
            for (var s = 0; s < columns.Length; s++)
                Assign(columns[s], subset.Slices[s], bucketOf, partition, s);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(bucketOf);
        }
        var children = new List<AggregationResult>[top.Count];
        for (var b = 0; b < top.Count; b++)
            children[b] = runner.Run(aggregation.Children, partition.Bucket(b));
        return children;
    }

    static void Assign(OrdinalColumn column, DocSlice slice, int[] bucketOf, BucketPartition partition, int segment)
    {
        partition.BeginSegment(segment, slice.Count);
        var docs = slice.Docs;
        var end = slice.Start + slice.Count;
        var ordinals = column.Ordinals;
        for (var i = slice.Start; i < end; i++)
        {
            var doc = docs[i];
            if (column.Starts is not { } starts)
            {
                var bucket = bucketOf[ordinals[doc] + 1];
                if (bucket >= 0)
                    partition.Add(bucket, doc);
                continue;
            }
            if (starts[doc] == starts[doc + 1] && bucketOf[0] >= 0)
                partition.Add(bucketOf[0], doc);
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
            {
                var bucket = bucketOf[ordinals[k] + 1];
                if (bucket >= 0)
                    partition.Add(bucket, doc);
            }
        }
        partition.EndSegment();
    }

    /// <summary>Strings stay strings; numbers, booleans and dates are typed as in crash documents.</summary>
    static object Key(FieldDefinition field, object raw) =>
        raw is long number ? SortableLongs.FromSortableLong(field, number) : raw;
}
