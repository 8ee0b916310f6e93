using CrashSearch.Indexer.Queries;
using GraphQL.Types.Relay.DataObjects;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The answer of a <c>crashes</c> field: the child resolvers only read it.</summary>
internal sealed record CrashConnection(long TotalCount, IReadOnlyList<CrashEdge> Edges, PageInfo PageInfo, IReadOnlyList<string> Errors, IReadOnlyList<AggregationResult> Aggregations)
{
    public static CrashConnection From(CrashSearchResult result, CrashSearchPlan plan, IReadOnlyList<string> withheld)
    {
        var edges = result.Hits.Take(plan.First).Select(hit => new CrashEdge(CrashCursor.Encode(hit.Cursor, plan.SortKey), hit)).ToList();
        var pageInfo = new PageInfo
        {
            HasNextPage = result.Hits.Count > plan.First,
            // Paging forwards from a cursor means crashes came before it.
            HasPreviousPage = plan.Query.After is not null,
            StartCursor = edges.FirstOrDefault()?.Cursor,
            EndCursor = edges.LastOrDefault()?.Cursor,
        };
        return new CrashConnection(result.Total, edges, pageInfo, [.. withheld, .. result.Errors], result.Aggregations);
    }
}
