using System.Buffers;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Histogram of a date or number field: one pass for the value range, one to count per bucket (and, with
/// sub-aggregations, to split the documents by bucket). Buckets ascending, empty ones omitted.
/// </summary>
internal static class HistogramAggregator
{
    public static AggregationResult Run(AggregationRunner runner, HistogramAggregation aggregation, FieldDefinition field, DocSubset subset)
    {
        var columns = runner.Segments.Select(s => runner.Cache.Values(s.Leaf.AtomicReader, field)).ToArray();
        if (!Range(columns, subset, out var min, out var max))
            return new AggregationResult(aggregation.Name, aggregation.Field, []);
        var buckets = HistogramBuckets.For(field, aggregation.Interval, min, max);
        var counts = ArrayPool<int>.Shared.Rent(buckets.Count);
        BucketPartition? partition = aggregation.Children.Count > 0 ? new BucketPartition(columns.Length, buckets.Count) : null;
        try
        {
            Array.Clear(counts, 0, buckets.Count);
            for (var s = 0; s < columns.Length; s++)
                Count(columns[s], subset.Slices[s], buckets, counts, partition, s);
            var result = new List<AggregationBucket>();
            for (var b = 0; b < buckets.Count; b++)
            {
                if (counts[b] == 0)
                    continue;
                var children = partition is null ? [] : runner.Run(aggregation.Children, partition.Bucket(b));
                result.Add(new AggregationBucket(buckets.Key(b), counts[b], children));
            }
            return new AggregationResult(aggregation.Name, aggregation.Field, result);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            partition?.Dispose();
        }
    }

    static bool Range(ValueColumn[] columns, DocSubset subset, out long min, out long max)
    {
        min = long.MaxValue;
        max = long.MinValue;
        for (var s = 0; s < columns.Length; s++)
        {
            var slice = subset.Slices[s];
            var values = columns[s].Values;
            for (var i = slice.Start; i < slice.Start + slice.Count; i++)
            {
                var doc = slice.Docs[i];
                if (!columns[s].Has(doc))
                    continue;
                min = Math.Min(min, values[doc]);
                max = Math.Max(max, values[doc]);
            }
        }
        return min <= max;
    }

    static void Count(ValueColumn column, DocSlice slice, HistogramBuckets buckets, int[] counts, BucketPartition? partition, int segment)
    {
        partition?.BeginSegment(segment, slice.Count);
        var values = column.Values;
        var docs = slice.Docs;
        var end = slice.Start + slice.Count;
        for (var i = slice.Start; i < end; i++)
        {
            var doc = docs[i];
            if (!column.Has(doc))
                continue;
            var bucket = buckets.Index(values[doc]);
            counts[bucket]++;
            partition?.Add(bucket, doc);
        }
        partition?.EndSegment();
    }
}
