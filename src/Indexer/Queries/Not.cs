namespace CrashSearch.Indexer.Queries;

/// <summary>The child must not match.</summary>
public sealed record Not(QueryNode Child) : QueryNode;
