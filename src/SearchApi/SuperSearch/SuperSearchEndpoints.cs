using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SuperSearch;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.SavedSearches;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>
/// <c>GET /api/SuperSearch</c> (public fields, for everyone, as Socorro's) and <c>GET /api/SuperSearchUnredacted</c>
/// (protected fields too, for callers with the read-protected permission; 403 otherwise).
/// </summary>
internal static class SuperSearchEndpoints
{
    public static IEndpointRouteBuilder MapSuperSearch(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("SuperSearch");
        api.MapGet("/SuperSearch", (HttpContext context, SuperSearchParser parser, ICrashIndex index,
                FieldCatalogue catalogue, TimeProvider time, CancellationToken cancellationToken) =>
            SearchAsync(context, canReadProtected: false, parser, index, catalogue, time, cancellationToken));
        api.MapGet("/SuperSearchUnredacted", SearchUnredactedAsync);
        return endpoints;
    }

    static async Task<Results<FileContentHttpResult, BadRequest<SuperSearchError>, JsonHttpResult<SuperSearchError>>> SearchUnredactedAsync(
        HttpContext context, CallerPermissionsResolver permissions, SuperSearchParser parser, ICrashIndex index, FieldCatalogue catalogue, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!permissions.Resolve(context).CanReadProtected)
        {
            return TypedResults.Json(
                new SuperSearchError(
                    "/api/SuperSearchUnredacted requires an API key with the read-protected scope (in "
                    + $"Authorization: Bearer or {CallerPermissionsResolver.TokenHeader}); /api/SuperSearch serves "
                    + "the public fields."),
                statusCode: StatusCodes.Status403Forbidden);
        }
        return await SearchAsync(context, canReadProtected: true, parser, index, catalogue, time, cancellationToken);
    }

    static async Task<Results<FileContentHttpResult, BadRequest<SuperSearchError>, JsonHttpResult<SuperSearchError>>> SearchAsync(
        HttpContext context,
        bool canReadProtected,
        SuperSearchParser parser,
        ICrashIndex index,
        FieldCatalogue catalogue,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ParsedSuperSearch parsed;
        CrashSearchResult result;
        try
        {
            var now = time.GetUtcNow();
            var (parameters, basis) = await SavedSuperSearch.ApplyAsync(
                QueryStringParameters.Read(context.Request.QueryString), context, now, cancellationToken);
            parsed = parser.Parse(parameters, canReadProtected, now, basis);
            result = await index.SearchAsync(parsed.Query, cancellationToken);
        }
        catch (InvalidQueryException e)
        {
            return TypedResults.BadRequest(new SuperSearchError(SafeMessage(e, catalogue)));
        }
        return TypedResults.Bytes(SuperSearchResponseWriter.Write(parsed, result, catalogue), "application/json; charset=utf-8");
    }

    /// <summary>The engine's message, unless it is about a protected field, whose value it might quote.</summary>
    static string SafeMessage(InvalidQueryException e, FieldCatalogue catalogue) =>
        catalogue.Find(e.Parameter) is { Protected: true }
            ? $"Parameter '{e.Parameter}': the value given for this protected field cannot be searched."
            : e.Message;
}
