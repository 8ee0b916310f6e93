namespace CrashSearch.Indexer.Queries;

/// <summary>An aggregation over the matching crashes. <see cref="Name"/> keys its result.</summary>
public abstract record Aggregation(string Name, string Field);

/// <summary>Top terms of a field by count (then term ascending), each with its own sub-aggregations.</summary>
public sealed record TermsAggregation(string Name, string Field, int Size, IReadOnlyList<Aggregation> Children) : Aggregation(Name, Field);

/// <summary>Buckets of a date or number field by interval, ascending, empty buckets omitted.</summary>
public sealed record HistogramAggregation(string Name, string Field, HistogramInterval Interval, IReadOnlyList<Aggregation> Children) : Aggregation(Name, Field);

/// <summary>The number of distinct values of a field.</summary>
public sealed record CardinalityAggregation(string Name, string Field) : Aggregation(Name, Field);
