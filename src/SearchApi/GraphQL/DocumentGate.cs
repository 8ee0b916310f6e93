using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// What a document must pass before GraphQL.NET validates and runs it: it parses, it is within
/// <see cref="DocumentLimits"/>, and the operation it selects is one this endpoint can run (a query over GET; an
/// operation type the schema has). Each refusal is a validation error that names the problem; GraphQL.NET would
/// otherwise fail on some of these documents deep inside and answer <c>INTERNAL_SERVER_ERROR</c>.
/// </summary>
internal static class DocumentGate
{
    /// <summary>The error that refuses <paramref name="query"/>, or null with the parsed document.</summary>
    public static ExecutionError? Admit(
        string query, string? operationName, bool isGet, ISchema schema, GraphQLOptions limits,
        CancellationToken cancellationToken, out GraphQLDocument? document)
    {
        document = null;
        GraphQLDocument parsed;
        try
        {
            parsed = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLSyntaxErrorException e)
        {
            return new SyntaxError(e);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return new DocumentLimitError(
                "The document is nested too deeply to parse (the parser allows 128 levels of syntax nodes, about 60 "
                + "levels of nested fields).");
        }
        if (DocumentLimits.Check(parsed, limits, cancellationToken) is { } limit)
            return limit;
        if (Selected(parsed, operationName) is { } operation)
        {
            if (isGet && operation.Operation != OperationType.Query)
                return new NotAQueryOverGetError();
            if (RootOf(schema, operation.Operation) is null)
                return new UnsupportedOperationError(operation.Operation);
        }
        document = parsed;
        return null;
    }

    /// <summary>
    /// The operation GraphQL.NET will run: the named one, or the only one. Null when that is ambiguous or missing,
    /// which validation reports in its own words.
    /// </summary>
    static GraphQLOperationDefinition? Selected(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>();
        return string.IsNullOrEmpty(operationName)
            ? (operations.Take(2).ToList() is [var only] ? only : null)
            : operations.FirstOrDefault(o => o.Name is { } name && name.StringValue == operationName);
    }

    static IObjectGraphType? RootOf(ISchema schema, OperationType operation) => operation switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        _ => schema.Subscription,
    };
}
