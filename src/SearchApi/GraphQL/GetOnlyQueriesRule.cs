using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// GET must not change anything (GraphQL over HTTP): only query operations run over GET. The endpoint turns the
/// error into 405 with <c>Allow: POST</c>.
/// </summary>
internal sealed class GetOnlyQueriesRule : ValidationRuleBase
{
    public static readonly GetOnlyQueriesRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new NotAQueryOverGetError());
        return default;
    }
}
