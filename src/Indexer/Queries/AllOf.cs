namespace CrashSearch.Indexer.Queries;

/// <summary>Every child must match. An empty list matches everything.</summary>
public sealed record AllOf(IReadOnlyList<QueryNode> Children) : QueryNode;
