namespace CrashSearch.Indexer.Queries;

/// <summary>The result of one <see cref="Aggregation"/>.</summary>
/// <param name="Name">The aggregation's name.</param>
/// <param name="Field">The aggregated field.</param>
/// <param name="Buckets">Terms or histogram buckets; empty for cardinality and number statistics.</param>
/// <param name="Value">The distinct count, for cardinality; null otherwise.</param>
/// <param name="Exact">False when the engine approximated the value.</param>
/// <param name="Stats">The count, least, greatest and percentiles, for number statistics; null otherwise.</param>
public sealed record AggregationResult(
    string Name,
    string Field,
    IReadOnlyList<AggregationBucket> Buckets,
    long? Value = null,
    bool Exact = true,
    NumberStats? Stats = null);
