using GraphQL.Validation;
using GraphQLParser.AST;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>An operation of a type (mutation, subscription) that the schema has no root type for.</summary>
internal sealed class UnsupportedOperationError : ValidationError
{
    public UnsupportedOperationError(OperationType operation)
        : base($"This API does not support {Name(operation)} operations: the schema has no {Name(operation)} type.")
    {
        Code = ErrorCodes.UnsupportedOperation;
    }

    static string Name(OperationType operation) => operation.ToString().ToLowerInvariant();
}
