using System.Buffers;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Count, least, greatest and nearest-rank percentiles of a number field: the documents' values are gathered from
/// the field's value column into a pooled array and sorted. A number's sortable long orders as the number does, so
/// only the values picked are turned back into numbers.
/// </summary>
internal static class NumberStatsAggregator
{
    public static AggregationResult Run(
        AggregationRunner runner, NumberStatsAggregation aggregation, FieldDefinition field, DocSubset subset)
    {
        var columns = runner.Segments.Select(s => runner.Cache.Values(s.Leaf.AtomicReader, field)).ToArray();
        var capacity = subset.Slices.Sum(s => (long)s.Count);
        var values = ArrayPool<long>.Shared.Rent((int)Math.Max(1, capacity));
        try
        {
            var count = 0;
            for (var s = 0; s < columns.Length; s++)
                count = Gather(columns[s], subset.Slices[s], values, count);
            var sorted = values.AsSpan(0, count);
            sorted.Sort();
            var percentiles = new double?[aggregation.Percentiles.Count];
            for (var p = 0; p < percentiles.Length && count > 0; p++)
                percentiles[p] = Number(field, sorted[NumberStats.NearestRank(aggregation.Percentiles[p], count)]);
            var stats = count == 0
                ? new NumberStats(0, null, null, percentiles)
                : new NumberStats(count, Number(field, sorted[0]), Number(field, sorted[^1]), percentiles);
            return new AggregationResult(aggregation.Name, aggregation.Field, [], Stats: stats);
        }
        finally
        {
            ArrayPool<long>.Shared.Return(values);
        }
    }

    static int Gather(ValueColumn column, DocSlice slice, long[] into, int count)
    {
        var docs = slice.Docs;
        var values = column.Values;
        for (var i = slice.Start; i < slice.Start + slice.Count; i++)
        {
            var doc = docs[i];
            if (column.Has(doc))
                into[count++] = values[doc];
        }
        return count;
    }

    static double Number(FieldDefinition field, long sortable) =>
        Convert.ToDouble(SortableLongs.FromSortableLong(field, sortable),
            System.Globalization.CultureInfo.InvariantCulture);
}
