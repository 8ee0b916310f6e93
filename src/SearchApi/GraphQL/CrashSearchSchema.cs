using GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>The GraphQL schema; its printed form is kept in <c>schema/graphql/crash-search.graphql</c>.</summary>
internal sealed class CrashSearchSchema : Schema
{
    public CrashSearchSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Crash Search: search, facet and page through processed crash reports.";
        // Introspection costs nothing to answer; only its depth is exempted elsewhere (ComplexityLimits).
        this.WithIntrospectionComplexityImpact(0);
    }
}
