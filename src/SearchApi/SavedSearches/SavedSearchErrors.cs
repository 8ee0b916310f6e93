using CrashSearch.SearchApi.GraphQL;
using GraphQL;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>The expected failures of saved-search mutations, as GraphQL errors with stable codes.</summary>
internal static class SavedSearchErrors
{
    /// <summary>No search the caller owns has this id: the same words whether it is missing or someone else's.
    /// </summary>
    public static ExecutionError NotFound(string id) =>
        new($"No saved search of yours has the id '{Clip(id)}'.") { Code = ErrorCodes.NotFound };

    static string Clip(string id) => id.Length <= 40 ? id : id[..40] + "...";
}
