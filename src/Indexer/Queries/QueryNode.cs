namespace CrashSearch.Indexer.Queries;

/// <summary>A node of the boolean filter tree of a <see cref="CrashQuery"/>.</summary>
public abstract record QueryNode;
