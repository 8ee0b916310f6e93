using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries.Building;
using GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>Resolves <c>crash(uuid)</c>: one search by uuid over the longest window, for the selection.</summary>
internal static class CrashResolver
{
    public static async Task<object?> ResolveAsync(
        IResolveFieldContext context,
        ICrashIndex index,
        CrashQueryBuilder builder,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var uuid = context.GetArgument<string>("uuid");
        if (string.IsNullOrWhiteSpace(uuid))
            throw CrashErrors.BadQuery("uuid", "is empty.");
        var selection = CrashSelectionReader.ForCrash(context);
        var rights = ProtectedFields.RightsOf(context);
        var (query, withheld) = CrashSearchPlanner.ForUuid(uuid, selection, builder, rights, time.GetUtcNow());
        ProtectedFields.Report(context, withheld);
        var result = await index.SearchAsync(query, cancellationToken);
        return result.Hits.Count > 0 ? result.Hits[0] : null;
    }
}
