using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>A field the caller's key has no scope for.</summary>
internal sealed class ForbiddenFieldError : ValidationError
{
    public ForbiddenFieldError(GraphQLParser.ROM source, GraphQLField node, string field, string scope)
        : base(source, null, $"Field '{field}' needs an API key with the '{scope}' scope.", node)
    {
        Code = ErrorCodes.Forbidden;
    }
}
