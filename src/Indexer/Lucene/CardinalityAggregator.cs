using System.Buffers;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Lucene;

/// <summary>Exact number of distinct values: marks global ordinals in a pooled array (slot 0 is "missing").</summary>
internal static class CardinalityAggregator
{
    public static AggregationResult Run(AggregationRunner runner, Aggregation aggregation, FieldDefinition field, DocSubset subset)
    {
        var columns = runner.OrdinalColumns(field);
        var size = runner.Cache.Keys(field).Count;
        var seen = ArrayPool<byte>.Shared.Rent(size + 1);
        try
        {
            Array.Clear(seen, 0, size + 1);
            for (var s = 0; s < columns.Length; s++)
                Mark(columns[s], subset.Slices[s], seen);
            long distinct = 0;
            for (var ordinal = 1; ordinal <= size; ordinal++)
                distinct += seen[ordinal];
            return new AggregationResult(aggregation.Name, aggregation.Field, [], distinct);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(seen);
        }
    }

    static void Mark(OrdinalColumn column, DocSlice slice, byte[] seen)
    {
        var docs = slice.Docs;
        var end = slice.Start + slice.Count;
        var ordinals = column.Ordinals;
        if (column.Starts is not { } starts)
        {
            for (var i = slice.Start; i < end; i++)
                seen[ordinals[docs[i]] + 1] = 1;
            return;
        }
        for (var i = slice.Start; i < end; i++)
        {
            var doc = docs[i];
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
                seen[ordinals[k] + 1] = 1;
        }
    }
}
