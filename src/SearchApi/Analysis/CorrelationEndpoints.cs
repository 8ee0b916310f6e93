using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.SuperSearch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// <c>GET /api/Correlations?search=..&amp;reference=..&amp;fields=..&amp;first=..</c>: the GraphQL field
/// <c>correlations</c> for scripts, with the same arguments (fields by catalogue name, repeated or comma-separated)
/// and the same answer, plus the sizes of both sets.
/// </summary>
internal static class CorrelationEndpoints
{
    public static IEndpointRouteBuilder MapCorrelations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithTags("Analysis").MapGet("/Correlations", CorrelateAsync);
        return endpoints;
    }

    static async Task<Results<Ok<CorrelationAnswer>, BadRequest<SuperSearchError>>> CorrelateAsync(
        HttpContext context, Correlator correlator, CallerPermissionsResolver permissions, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        if (string.IsNullOrWhiteSpace(query["search"]))
            return TypedResults.BadRequest(new SuperSearchError("Parameter 'search' is required."));
        var first = CorrelationRequest.DefaultFirst;
        if (query["first"].Count > 0 && !int.TryParse(query["first"], out first))
            return TypedResults.BadRequest(new SuperSearchError("Parameter 'first' must be an integer."));
        List<string>? fields = query["fields"].Count == 0
            ? null
            : [.. query["fields"].SelectMany(f => (f ?? "").Split(',',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        var request = new CorrelationRequest(query["search"]!, query["reference"], fields, first);
        var rights = new SearchRights(permissions.Resolve(context).CanReadProtected);
        try
        {
            var report = await correlator.CorrelateAsync(request, rights, time.GetUtcNow(), cancellationToken);
            return TypedResults.Ok(new CorrelationAnswer(report.Correlations, report.GroupTotal,
                report.ReferenceTotal, report.Withheld));
        }
        catch (InvalidQueryException e)
        {
            return TypedResults.BadRequest(
                new SuperSearchError(SuperSearchEndpoints.SafeMessage(e, correlator.Catalogue)));
        }
    }
}
