using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Resolves <c>crashes</c> with exactly one search: its arguments and its own selection set (edges, facets nested to
/// any depth) become one <see cref="CrashQuery"/>; the child fields only read the result.
/// </summary>
internal static class CrashesResolver
{
    public static async Task<object?> ResolveAsync(
        IResolveFieldContext context, ICrashIndex index, FieldCatalogue catalogue, GraphQLOptions limits, TimeProvider time, CancellationToken cancellationToken)
    {
        var arguments = CrashesArguments.Read(context);
        var search = SearchArgument.Parse(arguments.Search, catalogue, limits);
        var window = CrashTimeWindow.Resolve(arguments, search.DateRanges, time.GetUtcNow(), catalogue, limits);
        var selection = CrashSelectionReader.ForConnection(context, new AggregationRules(catalogue, limits, window));
        var plan = CrashSearchPlanner.Plan(arguments, search.Filter, selection, window, catalogue, limits);
        var (query, withheld) = ProtectedFields.Apply(context, plan.Query, catalogue);
        var result = await index.SearchAsync(query, cancellationToken);
        return CrashConnection.From(result, plan with { Query = query }, withheld);
    }
}
