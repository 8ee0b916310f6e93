namespace CrashSearch.Indexer.Queries;

/// <summary>At least one child must match. An empty list matches nothing.</summary>
public sealed record AnyOf(IReadOnlyList<QueryNode> Children) : QueryNode;
