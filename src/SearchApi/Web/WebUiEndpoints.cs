using CrashSearch.SearchApi.Visibility;
using CrashSearch.SearchApi.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrashSearch.SearchApi.Web;

/// <summary>
/// The web UI's pages, server-rendered Razor components: the HTML holds the results, so they show as the page
/// loads, and the script only adds completion and keyboard shortcuts.
/// </summary>
internal static class WebUiEndpoints
{
    public static IEndpointRouteBuilder MapWebUi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWebAssets();
        endpoints.MapGet("/", SearchAsync).ExcludeFromDescription();
        endpoints.MapGet("/search", SearchAsync).ExcludeFromDescription();
        endpoints.MapGet("/crash/{uuid}", CrashAsync).ExcludeFromDescription();
        endpoints.MapGet("/signature", SignatureAsync).ExcludeFromDescription();
        endpoints.MapGet("/topcrashers", TopCrashersAsync).ExcludeFromDescription();
        endpoints.MapWebSignIn();
        endpoints.MapWebCompletion();
        endpoints.MapWebSavedSearches();
        return endpoints;
    }

    static async Task<IResult> SearchAsync(
        HttpContext http, WebCallers callers, WebSearch search, CancellationToken cancellationToken)
    {
        if (Refused(http, callers) is { } refused)
            return refused;
        var state = SearchState.Parse(http.Request.Query);
        var query = http.Request.Query;
        // The field filter form: its field and value become a search-box term, and the URL says it as the box does.
        if (query["ff"].ToString().Trim() is { Length: > 0 } field && query["fv"].ToString() is { Length: > 0 } value)
        {
            var term = SearchState.Term(field, value, exclude: query["fx"] == "exclude");
            return Results.Redirect(state.Narrowed(term).Url());
        }
        var view = await search.SearchAsync(state, callers.Of(http), callers.RightsOf(http), cancellationToken);
        return Page<SearchPage>(http, new { View = view }, view.Error is null ? 200 : 400);
    }

    static async Task<IResult> CrashAsync(
        string uuid, HttpContext http, WebCallers callers, WebCrashes crashes, CancellationToken cancellationToken)
    {
        if (Refused(http, callers) is { } refused)
            return refused;
        var search = http.Request.Query["q"].ToString();
        var view = await crashes.LoadAsync(
            uuid, search.Length > 0 ? search : null, callers.Of(http), callers.RightsOf(http), cancellationToken);
        return Page<CrashPage>(http, new { View = view }, view.Hit is null ? 404 : 200);
    }

    /// <summary>
    /// The signature's report from the visibility service (first and last seen, counts, modules, add-ons, comments
    /// for callers with the right), and its crashes of the window as a search with facets.
    /// </summary>
    static async Task<IResult> SignatureAsync(HttpContext http, WebCallers callers, WebSearch search,
        SignatureReportService reports, CancellationToken cancellationToken)
    {
        if (Refused(http, callers) is { } refused)
            return refused;
        var signature = http.Request.Query["s"].ToString();
        if (signature.Length == 0)
            return Results.Redirect("/topcrashers");
        var rights = callers.RightsOf(http);
        var state = TopCrashers.Signature(signature, SearchState.Parse(http.Request.Query));
        var view = await search.SearchAsync(state, callers.Of(http), rights, cancellationToken);
        var report = await reports.ReportAsync(signature, VisibilityDays.Default, rights, cancellationToken);
        var summary = report is null ? null : SignatureSummary.Of(report, VisibilityDays.Default);
        return Page<SignaturePage>(http, new { View = view, Signature = signature, Summary = summary },
            view.Error is null ? 200 : 400);
    }

    /// <summary>
    /// With a product, its top crashers from the visibility service (ranks against the period before); without one,
    /// the signatures of every product from the search's facet, and the products to choose from.
    /// </summary>
    static async Task<IResult> TopCrashersAsync(HttpContext http, WebCallers callers, WebSearch search,
        TopCrashersService topCrashers, CancellationToken cancellationToken)
    {
        if (Refused(http, callers) is { } refused)
            return refused;
        var product = http.Request.Query["product"].ToString().Trim();
        var days = int.TryParse(http.Request.Query["days"], out var d) && TopCrashers.Days.Contains(d)
            ? d
            : VisibilityDays.Default;
        var state = TopCrashers.Search(product, days);
        var view = await search.SearchAsync(
            state, callers.Of(http), callers.RightsOf(http), cancellationToken, TopCrashers.Signatures);
        IReadOnlyList<TopCrasherRow>? ranked = null;
        if (product.Length > 0 && view.Error is null)
        {
            var crashers = await topCrashers.TopCrashersAsync(
                new TopCrashersRequest(product, Days: days, First: TopCrashers.Signatures), cancellationToken);
            ranked = [.. crashers.Select(TopCrasherRow.Of)];
        }
        return Page<TopCrashersPage>(http, new { View = view, Product = product, Days = days, Ranked = ranked },
            view.Error is null ? 200 : 400);
    }

    /// <summary>Sends a caller who may not read (anonymous reading off) to sign in.</summary>
    public static IResult? Refused(HttpContext http, WebCallers callers) => callers.MayRead(http)
        ? null
        : Results.Redirect("/signin?return=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));

    public static IResult Page<TPage>(HttpContext http, object parameters, int status = 200)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        WebSecurity.Secure(http.Response);
        http.Response.Headers.CacheControl = "no-store";
        return new RazorComponentResult<TPage>(parameters) { StatusCode = status };
    }
}
