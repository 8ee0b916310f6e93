using Microsoft.Net.Http.Headers;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// The media type of a GraphQL response, chosen from the request's <c>Accept</c> header as the GraphQL-over-HTTP
/// draft says: <c>application/graphql-response+json</c> when the client asks for it, otherwise the legacy
/// <c>application/json</c> (also for <c>*/*</c> and a missing header, which is how pre-draft clients call).
/// </summary>
internal sealed record GraphQLResponseFormat(string ContentType, bool StatusFollowsErrors)
{
    public static readonly GraphQLResponseFormat GraphQLResponseJson = new("application/graphql-response+json; charset=utf-8", StatusFollowsErrors: true);
    public static readonly GraphQLResponseFormat LegacyJson = new("application/json; charset=utf-8", StatusFollowsErrors: false);

    /// <summary>The format for <paramref name="request"/>, or null when it accepts neither (406).</summary>
    public static GraphQLResponseFormat? Negotiate(HttpRequest request)
    {
        if (!request.Headers.ContainsKey(HeaderNames.Accept))
            return LegacyJson;
        var accepted = request.GetTypedHeaders().Accept
            .Where(m => m.Quality is not 0)
            .OrderByDescending(m => m.Quality ?? 1);
        foreach (var media in accepted)
        {
            if (media.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase))
                return GraphQLResponseJson;
            if (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || media.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || media.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
                return LegacyJson;
        }
        return null;
    }
}
