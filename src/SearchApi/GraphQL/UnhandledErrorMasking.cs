using CrashSearch.Indexer.Queries;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// Turns exceptions that escape resolvers into errors with stable codes. GraphQL.NET would otherwise derive
/// <c>extensions.code</c> from the exception class name, which tells callers about our internals.
/// </summary>
internal static class UnhandledErrorMasking
{
    public static Task MaskAsync(UnhandledExceptionContext context, ExecutionOptions options)
    {
        if (context.OriginalException is InvalidQueryException invalid)
        {
            // The one place GraphQL makes BAD_QUERY errors: of the query builder's, the crash arguments' and the
            // index's last guard (e.g. a regular expression Lucene cannot compile). Each message names the argument.
            context.Exception = new ExecutionError(invalid.Message) { Code = ErrorCodes.BadQuery };
            return Task.CompletedTask;
        }
        var services = options.RequestServices;
        var logger = services?.GetService<ILoggerFactory>()?.CreateLogger(typeof(UnhandledErrorMasking).FullName!) ?? NullLogger.Instance;
        SearchApiLog.GraphQLFailed(logger, context.FieldContext?.FieldDefinition.Name ?? "(document)", context.OriginalException);
        var development = services?.GetService<IHostEnvironment>()?.IsDevelopment() == true;
        var message = development
            ? $"Internal error: {context.OriginalException.Message}"
            : "Internal error; the server log has the details.";
        context.Exception = new ExecutionError(message) { Code = ErrorCodes.InternalError };
        return Task.CompletedTask;
    }
}
