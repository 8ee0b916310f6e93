namespace CrashSearch.Indexer.Queries;

/// <summary>One sort key; results are finally ordered by uuid so that paging is stable.</summary>
public sealed record SortField(string Field, bool Descending);
