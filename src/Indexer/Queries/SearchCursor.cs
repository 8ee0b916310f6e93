namespace CrashSearch.Indexer.Queries;

/// <summary>
/// The position of a hit in a sorted result: its sort values (invariant strings, null when missing) and uuid.
/// Reading "after" a cursor never skips or repeats a crash, even while new crashes are indexed.
/// </summary>
public sealed record SearchCursor(IReadOnlyList<string?> SortValues, string Uuid);
