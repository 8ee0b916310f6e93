using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Crashes;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>The root query type; each feature folder adds its fields.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType(IOptions<SearchLimits> options)
    {
        Name = "Query";
        CrashQueryFields.AddTo(this, options.Value);
    }
}
