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
    public const string JsonContentType = "application/json; charset=utf-8";

    public static IEndpointRouteBuilder MapSuperSearch(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("SuperSearch");
        api.MapGet("/SuperSearch", (HttpContext context, SuperSearchDoor door, CancellationToken cancellationToken) =>
            SearchAsync(context, canReadProtected: false, door, cancellationToken));
        api.MapGet("/SuperSearchUnredacted", SearchUnredactedAsync);
        return endpoints;
    }

    static async Task<Results<FileContentHttpResult, BadRequest<SuperSearchError>, JsonHttpResult<SuperSearchError>>>
        SearchUnredactedAsync(
            HttpContext context, CallerPermissionsResolver permissions, SuperSearchDoor door,
            CancellationToken cancellationToken)
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
        return await SearchAsync(context, canReadProtected: true, door, cancellationToken);
    }

    static async Task<Results<FileContentHttpResult, BadRequest<SuperSearchError>, JsonHttpResult<SuperSearchError>>>
        SearchAsync(
            HttpContext context, bool canReadProtected, SuperSearchDoor door, CancellationToken cancellationToken)
    {
        ParsedSuperSearch parsed;
        CrashSearchResult result;
        var catalogue = door.Catalogue;
        try
        {
            var now = door.Time.GetUtcNow();
            var (parameters, basis) = await SavedSuperSearch.ApplyAsync(
                QueryStringParameters.Read(context.Request.QueryString), context, now, cancellationToken);
            parsed = door.Parser.Parse(parameters, canReadProtected, now, door.Options.Value.Strict, basis);
            if (parsed.ReturnQuery)
                return TypedResults.Bytes(SuperSearchQueryWriter.Write(parsed), JsonContentType);
            result = await door.Index.SearchAsync(parsed.Query, cancellationToken);
        }
        catch (InvalidQueryException e)
        {
            return TypedResults.BadRequest(new SuperSearchError(SafeMessage(e, catalogue)));
        }
        return TypedResults.Bytes(SuperSearchResponseWriter.Write(parsed, result, catalogue), JsonContentType);
    }

    /// <summary>The engine's message, unless it is about a protected field, whose value it might quote.</summary>
    public static string SafeMessage(InvalidQueryException e, FieldCatalogue catalogue) =>
        catalogue.Find(e.Parameter) is { Protected: true }
            ? $"Parameter '{e.Parameter}': the value given for this protected field cannot be searched."
            : e.Message;
}
