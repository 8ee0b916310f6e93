namespace CrashSearch.Indexer.Queries;

/// <summary>Buckets of a date or number field by interval, ascending, empty buckets omitted.</summary>
public sealed record HistogramAggregation(string Name, string Field, HistogramInterval Interval, IReadOnlyList<Aggregation> Children) : Aggregation(Name, Field);
