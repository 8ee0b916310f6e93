namespace CrashSearch.Indexer.Queries;

/// <summary>A term or histogram bucket.</summary>
/// <param name="Key">The term (typed as the field's values) or the bucket start (<see cref="DateTimeOffset"/> or <see cref="double"/>).</param>
/// <param name="Count">Number of matching crashes in the bucket.</param>
/// <param name="Children">Results of the sub-aggregations within this bucket.</param>
public sealed record AggregationBucket(object Key, long Count, IReadOnlyList<AggregationResult> Children);
