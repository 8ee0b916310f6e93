using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Resolves <c>crashes</c> with exactly one search: its arguments and its own selection set (edges, facets nested to
/// any depth) become one <see cref="CrashQuery"/>; the child fields only read the result.
/// </summary>
internal static class CrashesResolver
{
    public static Task<object?> ResolveAsync(
        IResolveFieldContext context,
        ICrashIndex index,
        CrashQueryBuilder builder,
        TimeProvider time,
        CancellationToken cancellationToken) =>
        ResolveAsync(context, CrashesArguments.Read(context), index, builder, time, cancellationToken);

    /// <summary>Answers a CrashConnection field with <paramref name="arguments"/> given by the caller (a saved
    /// search's, with the field's own paging), with the viewer's rights.</summary>
    public static async Task<object?> ResolveAsync(
        IResolveFieldContext context,
        CrashesArguments arguments,
        ICrashIndex index,
        CrashQueryBuilder builder,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var selection = CrashSelectionReader.ForConnection(context, builder.Catalogue);
        var rights = ProtectedFields.RightsOf(context);
        var (plan, withheld) = CrashSearchPlanner.Plan(arguments, selection, builder, rights, time.GetUtcNow());
        ProtectedFields.Report(context, withheld);
        var result = await index.SearchAsync(plan.Query, cancellationToken);
        return CrashConnection.From(result, plan, withheld);
    }
}
