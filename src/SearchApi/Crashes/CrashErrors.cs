using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The expected failures of crash searches, as GraphQL errors with stable codes.</summary>
internal static class CrashErrors
{
    /// <summary>
    /// An argument that cannot become a search; the message names it. Thrown as the shared builder's errors are, so
    /// that <see cref="UnhandledErrorMasking"/> is the one place that makes BAD_QUERY errors of them.
    /// </summary>
    public static InvalidQueryException BadQuery(string argument, string problem) =>
        new(argument, $"Argument '{argument}': {problem}");

    public static ExecutionError BadCursor(string problem) =>
        new($"Argument 'after': {problem}") { Code = ErrorCodes.BadCursor };

    public static ExecutionError ProtectedField(string message) => new(message) { Code = ErrorCodes.ProtectedField };
}
