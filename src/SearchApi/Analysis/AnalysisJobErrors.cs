using CrashSearch.SearchApi.GraphQL;
using GraphQL;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>The expected failures of analysis jobs, as GraphQL errors with stable codes.</summary>
internal static class AnalysisJobErrors
{
    public static ExecutionError NotFound(string id) => new(NotFoundMessage(id)) { Code = ErrorCodes.NotFound };

    /// <summary>The same for a missing job and another key's, so that an id cannot be probed.</summary>
    public static string NotFoundMessage(string id) =>
        $"No analysis job of yours has the id '{(id.Length <= 40 ? id : id[..40] + "...")}'.";

    public static ExecutionError NeedsKey() =>
        new("Analysis jobs belong to an API key: send one with the read scope.") { Code = ErrorCodes.Forbidden };

    public static ExecutionError ProtectedFields(IReadOnlyList<string> fields) =>
        new($"{string.Join(", ", fields)} need the read-protected scope.") { Code = ErrorCodes.ProtectedField };

    public static ExecutionError Limit(string message) => new(message) { Code = ErrorCodes.LimitReached };
}
