using GraphQL.Transport;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>A GraphQL request read from HTTP, or the status and reason it could not be read.</summary>
internal sealed record GraphQLHttpRequest(GraphQLRequest? Request, int FailureStatus, string? Failure)
{
    public static GraphQLHttpRequest Read(GraphQLRequest request) => new(request, 0, null);

    public static GraphQLHttpRequest Fail(int status, string failure) => new(null, status, failure);

    public static GraphQLHttpRequest BadRequest(string failure) => Fail(StatusCodes.Status400BadRequest, failure);
}
