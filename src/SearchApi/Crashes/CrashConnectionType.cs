using CrashSearch.Indexer.Queries.Building;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>CrashConnection</c> type: a page of crashes, the total, and aggregations over every match.</summary>
internal sealed class CrashConnectionType : ObjectGraphType<CrashConnection>
{
    public CrashConnectionType(IOptions<SearchLimits> options)
    {
        Name = "CrashConnection";
        Description = "Matching crashes: one page of them, how many there are, and aggregations over all of them.";
        Field<NonNullGraphType<LongGraphType>>("totalCount").Description("Matching crashes in the time window.").Resolve(context => context.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CrashEdgeType>>>>("edges").Description("The page, in sort order.").Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where the page is.").Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("errors")
            .Description("Non-fatal problems: withheld protected fields, parts of the window outside retention.")
            .Resolve(context => context.Source.Errors);
        AggregationFields.AddTo(this, connection => connection.Aggregations, options.Value);
    }
}
