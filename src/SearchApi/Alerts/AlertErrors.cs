using CrashSearch.SearchApi.GraphQL;
using GraphQL;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>The expected failures of the alert fields, as GraphQL errors with stable codes.</summary>
internal static class AlertErrors
{
    /// <summary>No alert the caller owns has this id: the same words whether it is missing or someone else's.</summary>
    public static ExecutionError NotFound(string id) =>
        new($"No alert of yours has the id '{Clip(id)}'.") { Code = ErrorCodes.NotFound };

    /// <summary>The saved search is missing or not readable by the caller: the same words for both.</summary>
    public static ExecutionError SavedSearchNotFound(string id) =>
        new($"savedSearchId: no saved search you can read has the id '{Clip(id)}'.") { Code = ErrorCodes.NotFound };

    public static ExecutionError BadInput(string message) => new(message) { Code = ErrorCodes.BadInput };

    static string Clip(string id) => id.Length <= 40 ? id : id[..40] + "...";
}
