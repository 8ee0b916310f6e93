using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.SearchApi.Web;

/// <summary>
/// <c>GET /web/complete?field=&amp;prefix=</c>: the top values of a facetable field over the default window, those
/// starting with the prefix first, as a JSON array of strings. Built like any search, so a protected field gives
/// nothing to a caller without the right.
/// </summary>
internal static class WebCompletion
{
    const int Candidates = 200;
    const int Shown = 20;

    public static IEndpointRouteBuilder MapWebCompletion(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(WebAssets.Route + "/complete", CompleteAsync).ExcludeFromDescription();
        return endpoints;
    }

    static async Task<IResult> CompleteAsync(
        HttpContext http, WebCallers callers, ICrashIndex index, CrashQueryBuilder builder, TimeProvider time,
        CancellationToken cancellationToken)
    {
        WebSecurity.Secure(http.Response);
        var field = http.Request.Query["field"].ToString();
        var prefix = http.Request.Query["prefix"].ToString();
        if (!callers.MayRead(http) || builder.Catalogue.Find(field) is not { Facetable: true })
            return Results.Json(Array.Empty<string>());
        var question = new CrashQuestion
        {
            Size = 0,
            Aggregations = [new TermsAggregation("values", field, Candidates, [])],
        };
        var (query, _) = builder.Build(question, callers.RightsOf(http), time.GetUtcNow());
        var result = await index.SearchAsync(query, cancellationToken);
        var values = result.Aggregations.FirstOrDefault()?.Buckets.Select(b => WebFormat.Value(b.Key)) ?? [];
        return Results.Json(values
            .Where(v => v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || v.Contains(prefix, StringComparison.OrdinalIgnoreCase))
            .OrderBy(v => v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Take(Shown));
    }
}
