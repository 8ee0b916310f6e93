using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// The terms counts of both sets, and the candidates of a field: the most frequent values of each set. A candidate
/// missing from a set's counts has none there when that set's list is complete (shorter than the aggregation's
/// size); otherwise it is counted by one more search (string fields) or left out (others: their values are few).
/// </summary>
internal sealed class CorrelationSets(
    CrashSearchResult group, CrashSearchResult reference, int aggregationSize, int candidates)
{
    public async Task<List<(object Key, long Group, long Reference)>> CountsAsync(
        FieldDefinition field,
        Func<CorrelationSide, IReadOnlyList<string>, Task<IReadOnlyList<AggregationBucket>>> recount)
    {
        var inGroup = Buckets(group, field);
        var inReference = Buckets(reference, field);
        var keys = inGroup.Take(candidates).Concat(inReference.Take(candidates)).Select(b => b.Key).Distinct().ToList();
        var groupCounts = await CompleteAsync(Counts(inGroup), inGroup.Count, keys, field, CorrelationSide.Group,
            recount);
        var referenceCounts = await CompleteAsync(Counts(inReference), inReference.Count, keys, field,
            CorrelationSide.Reference, recount);
        var counts = new List<(object, long, long)>(keys.Count);
        foreach (var key in keys)
        {
            if (groupCounts.TryGetValue(key, out var g) && referenceCounts.TryGetValue(key, out var r))
                counts.Add((key, g, r));
        }
        return counts;
    }

    static IReadOnlyList<AggregationBucket> Buckets(CrashSearchResult result, FieldDefinition field) =>
        result.Aggregations.FirstOrDefault(a => a.Name == field.Name)?.Buckets ?? [];

    static Dictionary<object, long> Counts(IReadOnlyList<AggregationBucket> buckets) =>
        buckets.ToDictionary(b => b.Key, b => b.Count);

    async Task<Dictionary<object, long>> CompleteAsync(
        Dictionary<object, long> counts, int listed, List<object> keys, FieldDefinition field, CorrelationSide side,
        Func<CorrelationSide, IReadOnlyList<string>, Task<IReadOnlyList<AggregationBucket>>> recount)
    {
        var missing = keys.Where(k => !counts.ContainsKey(k)).ToList();
        if (missing.Count == 0)
            return counts;
        if (listed < aggregationSize)
        {
            foreach (var key in missing)
                counts[key] = 0;
            return counts;
        }
        if (!field.IsString)
            return counts;
        var values = missing.Cast<string>().ToList();
        foreach (var key in values)
            counts[key] = 0;
        foreach (var bucket in await recount(side, values))
            counts[bucket.Key] = bucket.Count;
        return counts;
    }
}
