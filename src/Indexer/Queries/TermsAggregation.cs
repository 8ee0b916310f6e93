namespace CrashSearch.Indexer.Queries;

/// <summary>Top terms of a field by count (then term ascending), each with its own sub-aggregations.</summary>
public sealed record TermsAggregation(string Name, string Field, int Size, IReadOnlyList<Aggregation> Children) : Aggregation(Name, Field);
