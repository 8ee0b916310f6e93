using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>Resolves <c>crash(uuid)</c>: one search by uuid over the longest window, with the selected columns.</summary>
internal static class CrashResolver
{
    public static async Task<object?> ResolveAsync(
        IResolveFieldContext context, ICrashIndex index, FieldCatalogue catalogue, GraphQLOptions limits, TimeProvider time, CancellationToken cancellationToken)
    {
        var uuid = context.GetArgument<string>("uuid");
        if (string.IsNullOrWhiteSpace(uuid))
            throw CrashErrors.BadQuery("uuid", "is empty.");
        var planned = CrashSearchPlanner.ForUuid(uuid, CrashSelectionReader.ForCrash(context), time.GetUtcNow(), limits);
        var (query, _) = ProtectedFields.Apply(context, planned, catalogue);
        var result = await index.SearchAsync(query, cancellationToken);
        return result.Hits.Count > 0 ? result.Hits[0] : null;
    }
}
