namespace CrashSearch.Indexer.Queries.SearchBox;

/// <summary>
/// A parsed search-box text: the filter tree, and the range tests on <c>date</c> that every match must pass (top-level
/// AND), pulled out of the tree so that the front door turns them into the time window: <c>date:&gt;=2026-10-01</c>
/// then widens the default window instead of narrowing it.
/// </summary>
/// <param name="Filter">The filter, or null when the text only set a window or was empty.</param>
/// <param name="DateRanges">Range predicates on <c>date</c> for the time window.</param>
public sealed record SearchBoxQuery(QueryNode? Filter, IReadOnlyList<FieldPredicate> DateRanges);
