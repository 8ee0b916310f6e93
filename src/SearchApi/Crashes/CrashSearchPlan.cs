using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The one search that answers a <c>crashes</c> field, with what is needed to page its result.</summary>
/// <param name="Query">The query, asking for one hit more than <paramref name="First"/> to learn whether a next page exists.</param>
/// <param name="SortKey">The sort, as recorded in cursors.</param>
/// <param name="First">The page size asked for.</param>
internal sealed record CrashSearchPlan(CrashQuery Query, string SortKey, int First);
