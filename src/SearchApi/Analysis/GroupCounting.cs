using System.Diagnostics;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// A GROUP job counted by the engine's aggregations instead of by reading every crash. A terms aggregation of the
/// first grouped field lists its values with their crashes; then the values are counted a chunk at a time (about
/// <see cref="AnalysisOptions.GroupChunkSize"/> crashes, the crashes without a value in a chunk of their own), each
/// chunk one search filtered to its values, with nested terms for the other fields (each with the bucket of crashes
/// without a value), the distinct count and the number statistics at the leaves. Two chunks never share a group, so
/// the chunks' groups are the job's, exact wherever the engine's distinct counts and percentiles are. Between
/// searches it reports progress, stops when cancelled, and pauses for the CPU share.
/// </summary>
internal static class GroupCounting
{
    /// <summary>
    /// Whether the engine can count the job's groups: every field has a column, and a chunk of the first field's
    /// values can be selected by exact value (text, keywords and integers).
    /// </summary>
    public static bool CanCount(AnalysisJobSpec spec, FieldCatalogue catalogue) =>
        spec.GroupBy.All(f => catalogue.Find(f) is
            { Facetable: true, Type: FieldType.Keyword or FieldType.Text or FieldType.Integer or FieldType.Long })
        && (spec.Distinct is null || catalogue.Find(spec.Distinct) is { Facetable: true })
        && (spec.Number is null || catalogue.Find(spec.Number) is { Facetable: true, IsNumber: true });

    /// <summary>
    /// The groups of <paramref name="query"/>'s crashes and how many crashes they hold, or null when
    /// <paramref name="report"/> (given the crashes counted and the total) answered false: the job was cancelled.
    /// </summary>
    /// <exception cref="AnalysisJobException">Part of the index could not be read, or the groups are too many.
    /// </exception>
    public static async Task<(IReadOnlyList<GroupRow> Groups, long Crashes)?> RunAsync(
        ICrashIndex index,
        CrashQuery query,
        AnalysisJobSpec spec,
        FieldCatalogue catalogue,
        AnalysisOptions settings,
        Func<long, long, Task<bool>> report,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var field = catalogue[spec.GroupBy[0]];
        var listing = await AnalysisScan.SearchAsync(index, query with
        {
            Size = 0,
            Aggregations = [new TermsAggregation("values", field.Name, settings.MaxGroups + 1,
                []) { IncludeMissing = true }],
        }, cancellationToken);
        var values = listing.Aggregations[0].Buckets;
        if (values.Count(b => b.Key is not MissingTerm) > settings.MaxGroups)
            throw GroupTable.TooMany(settings.MaxGroups);
        var total = listing.Total;
        if (!await report(0, total))
            return null;
        var groups = new List<GroupRow>();
        long counted = 0;
        foreach (var chunk in Chunks(values, settings.GroupChunkSize))
        {
            await Task.Delay(settings.PauseAfter(Stopwatch.GetElapsedTime(started)), cancellationToken);
            started = Stopwatch.GetTimestamp();
            var result = await AnalysisScan.SearchAsync(index, query with
            {
                Size = 0,
                Filter = query.Filter is { } filter
                    ? new AllOf([filter, Selecting(field, chunk)])
                    : Selecting(field, chunk),
                Aggregations = [Level(spec, 0, chunk, settings.MaxGroups)],
            }, cancellationToken);
            Rows(spec, result.Aggregations[0], [], groups);
            if (groups.Count > settings.MaxGroups)
                throw GroupTable.TooMany(settings.MaxGroups);
            // A crash with two values of a multi-valued first field is in two chunks: progress stops at the total.
            counted = Math.Min(total, counted + result.Total);
            if (!await report(counted, total))
                return null;
        }
        return (GroupRow.Ordered(groups), total);
    }

    /// <summary>
    /// The first field's values in runs of about <paramref name="size"/> crashes (a larger value alone), in the
    /// listing's order; the crashes without a value last, alone.
    /// </summary>
    static IEnumerable<List<AggregationBucket>> Chunks(IReadOnlyList<AggregationBucket> values, int size)
    {
        var chunk = new List<AggregationBucket>();
        long crashes = 0;
        foreach (var value in values.Where(v => v.Key is not MissingTerm))
        {
            if (chunk.Count > 0 && crashes + value.Count > size)
            {
                yield return chunk;
                chunk = [];
                crashes = 0;
            }
            chunk.Add(value);
            crashes += value.Count;
        }
        if (chunk.Count > 0)
            yield return chunk;
        if (values.FirstOrDefault(v => v.Key is MissingTerm) is { } missing)
            yield return [missing];
    }

    /// <summary>
    /// The crashes with one of the chunk's values of <paramref name="field"/> (strings by their whole value, numbers
    /// by equality), or without any.
    /// </summary>
    static QueryNode Selecting(FieldDefinition field, List<AggregationBucket> chunk)
    {
        if (chunk[0].Key is MissingTerm)
            return new Not(new FieldPredicate(field.Name, PredicateOperator.Exists, null));
        var equals = field.IsString ? PredicateOperator.Exact : PredicateOperator.Match;
        return new AnyOf([.. chunk.Select(b => (QueryNode)new FieldPredicate(field.Name, equals, b.Key))]);
    }

    /// <summary>
    /// The aggregation of grouped field <paramref name="level"/>: the first's chunk of values, the others' every
    /// value and the crashes without one; under the last, the distinct count and the number statistics.
    /// </summary>
    static TermsAggregation Level(AnalysisJobSpec spec, int level, List<AggregationBucket> chunk, int maxGroups)
    {
        List<Aggregation> children = level + 1 < spec.GroupBy.Count
            ? [Level(spec, level + 1, chunk, maxGroups)]
            : [
                .. new Aggregation?[]
                {
                    spec.Distinct is { } distinct ? new CardinalityAggregation("distinct", distinct) : null,
                    spec.Number is { } number ? new NumberStatsAggregation("number", number, spec.Percentiles) : null,
                }.OfType<Aggregation>(),
            ];
        var missingChunk = level == 0 && chunk[0].Key is MissingTerm;
        return new TermsAggregation("g" + level, spec.GroupBy[level], level == 0 ? Math.Max(1, chunk.Count) : maxGroups,
            children)
        {
            IncludeMissing = level > 0 || missingChunk,
        };
    }

    /// <summary>The groups of one level's buckets, under the key <paramref name="prefix"/> of the levels above.
    /// </summary>
    static void Rows(AnalysisJobSpec spec, AggregationResult level, List<string?> prefix, List<GroupRow> into)
    {
        foreach (var bucket in level.Buckets)
        {
            List<string?> key = [.. prefix, bucket.Key is MissingTerm ? null : ValueText.Text(bucket.Key)];
            if (key.Count < spec.GroupBy.Count)
            {
                Rows(spec, bucket.Children[0], key, into);
                continue;
            }
            var distinct = spec.Distinct is null ? null : bucket.Children[0].Value;
            var stats = spec.Number is null ? null : bucket.Children[^1].Stats;
            into.Add(new GroupRow(key, bucket.Count, distinct, stats?.Min, stats?.Max, stats?.Percentiles ?? []));
        }
    }
}
