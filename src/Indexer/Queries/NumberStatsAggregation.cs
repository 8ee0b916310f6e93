namespace CrashSearch.Indexer.Queries;

/// <summary>
/// How many crashes have a value of a number field, and the least, greatest and <see cref="Percentiles"/> (each
/// from 0 to 100) of those values (<see cref="AggregationResult.Stats"/>). Lucene gives exact nearest-rank
/// percentiles; an engine that estimates them says so with <see cref="AggregationResult.Exact"/>.
/// </summary>
public sealed record NumberStatsAggregation(string Name, string Field, IReadOnlyList<double> Percentiles)
    : Aggregation(Name, Field);
