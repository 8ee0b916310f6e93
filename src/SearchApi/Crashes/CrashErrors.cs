using CrashSearch.SearchApi.GraphQL;
using GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The expected failures of crash searches, as GraphQL errors with stable codes.</summary>
internal static class CrashErrors
{
    /// <summary>An argument that cannot become a search; the message names it.</summary>
    public static ExecutionError BadQuery(string argument, string problem) =>
        new($"Argument '{argument}': {problem}") { Code = ErrorCodes.BadQuery };

    /// <summary>A shared parser's error, whose message already names the argument.</summary>
    public static ExecutionError BadQuery(string message) => new(message) { Code = ErrorCodes.BadQuery };

    public static ExecutionError BadCursor(string problem) =>
        new($"Argument 'after': {problem}") { Code = ErrorCodes.BadCursor };

    public static ExecutionError ProtectedField(string message) => new(message) { Code = ErrorCodes.ProtectedField };
}
