using GraphQL.Validation;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>A document over a size or cost limit of <see cref="GraphQLOptions"/>; the message names it.</summary>
internal sealed class DocumentLimitError : ValidationError
{
    public DocumentLimitError(string message)
        : base(message)
    {
        Code = ErrorCodes.Complexity;
    }
}
