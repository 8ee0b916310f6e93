namespace CrashSearch.Indexer.Queries;

/// <summary>The number of distinct values of a field.</summary>
public sealed record CardinalityAggregation(string Name, string Field) : Aggregation(Name, Field);
