using GraphQL.Validation;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>A mutation or subscription sent with GET.</summary>
internal sealed class NotAQueryOverGetError : ValidationError
{
    public NotAQueryOverGetError()
        : base("Only query operations can be sent with GET; send mutations and subscriptions with POST.")
    {
        Code = ErrorCodes.MethodNotAllowed;
    }
}
