using System.Buffers;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Exact number of distinct values. Marks global ordinals in a pooled array (slot 0 is "missing"), or, when the
/// documents are few against the field's values (a bucket's distinct installs among a million crashes), sorts their
/// ordinals instead: clearing and summing an array of every value would cost more than the documents themselves.
/// </summary>
internal static class CardinalityAggregator
{
    /// <summary>Sorting the ordinals of n documents beats marking when n times this is below the number of values.
    /// </summary>
    const long SparseFactor = 16;

    public static AggregationResult Run(AggregationRunner runner, Aggregation aggregation, FieldDefinition field,
        DocSubset subset)
    {
        var columns = runner.OrdinalColumns(field);
        var size = runner.Cache.Keys(field).Count;
        // Decided on the documents, which the slices count: the ordinals are counted only for the sorted path.
        if (subset.Slices.Sum(s => (long)s.Count) * SparseFactor < size)
        {
            return new AggregationResult(aggregation.Name, aggregation.Field, [],
                Sorted(columns, subset, Values(columns, subset)));
        }
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

    /// <summary>How many ordinals the documents hold (for a multi-valued field, all of each document's).</summary>
    static long Values(OrdinalColumn[] columns, DocSubset subset)
    {
        long values = 0;
        for (var s = 0; s < columns.Length; s++)
        {
            var slice = subset.Slices[s];
            if (columns[s].Starts is not { } starts)
            {
                values += slice.Count;
                continue;
            }
            for (var i = slice.Start; i < slice.Start + slice.Count; i++)
                values += starts[slice.Docs[i] + 1] - starts[slice.Docs[i]];
        }
        return values;
    }

    /// <summary>The distinct ordinals (missing, -1, left out) of the documents, by sorting them.</summary>
    static long Sorted(OrdinalColumn[] columns, DocSubset subset, long values)
    {
        var ordinals = ArrayPool<int>.Shared.Rent((int)Math.Max(1, values));
        try
        {
            var n = 0;
            for (var s = 0; s < columns.Length; s++)
                n = Gather(columns[s], subset.Slices[s], ordinals, n);
            var sorted = ordinals.AsSpan(0, n);
            sorted.Sort();
            long distinct = 0;
            for (var i = 0; i < n; i++)
            {
                if (sorted[i] >= 0 && (i == 0 || sorted[i] != sorted[i - 1]))
                    distinct++;
            }
            return distinct;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ordinals);
        }
    }

    static int Gather(OrdinalColumn column, DocSlice slice, int[] into, int n)
    {
        var docs = slice.Docs;
        var end = slice.Start + slice.Count;
        var ordinals = column.Ordinals;
        if (column.Starts is not { } starts)
        {
            for (var i = slice.Start; i < end; i++)
                into[n++] = ordinals[docs[i]];
            return n;
        }
        for (var i = slice.Start; i < end; i++)
        {
            var doc = docs[i];
            for (var k = starts[doc]; k < starts[doc + 1]; k++)
                into[n++] = ordinals[k];
        }
        return n;
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
