namespace CrashSearch.Indexer.Queries;

/// <summary>An aggregation over the matching crashes. <see cref="Name"/> keys its result.</summary>
public abstract record Aggregation(string Name, string Field);
