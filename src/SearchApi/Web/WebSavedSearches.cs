using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.Alerts;
using CrashSearch.SearchApi.SavedSearches;
using CrashSearch.SearchApi.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Web;

/// <summary>
/// Saved searches and alerts in the browser, over the stores and checks the GraphQL mutations use: save the current
/// search, list mine and the public ones, create an alert on one and see its preview. Writing needs the write scope.
/// </summary>
internal static class WebSavedSearches
{
    public static IEndpointRouteBuilder MapWebSavedSearches(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/saved", ListAsync).ExcludeFromDescription();
        endpoints.MapPost("/saved", SaveAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapGet("/saved/{id}", ShowAsync).ExcludeFromDescription();
        endpoints.MapPost("/saved/{id}/alerts", CreateAlertAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    static async Task<IResult> ListAsync(
        HttpContext http, WebCallers callers, SavedSearchStore store, CancellationToken cancellationToken)
    {
        if (WebUiEndpoints.Refused(http, callers) is { } refused)
            return refused;
        var owner = WebCallers.KeyIdOf(http);
        var view = new SavedView(callers.Of(http))
        {
            Mine = owner is null ? [] : [.. (await store.ListOwnedAsync(owner, cancellationToken)).Select(Item)],
            Public = [.. (await store.ListPublicAsync(cancellationToken)).Select(Item)],
        };
        return WebUiEndpoints.Page<SavedPage>(http, new { View = view });
    }

    static async Task<IResult> SaveAsync(
        HttpContext http, WebCallers callers, IAntiforgery antiforgery, SavedSearchStore store,
        SavedSearchQuestions questions, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await WebForms.ReadAsync(http, antiforgery) is not { } form)
            return WebForms.Forged(http);
        if (WebCallers.KeyIdOf(http) is not { } owner || !callers.Of(http).CanWrite)
            return Results.Redirect("/signin?return=/saved");
        var draft = new SavedSearchDraft(
            form["name"].ToString().Trim(), form["q"].ToString(), [],
            form["window"].ToString() is { Length: > 0 } w ? w : null,
            CommaList.Of(form["columns"]), CommaList.Of(form["facets"]),
            Enum.TryParse<SavedSearchVisibility>(form["visibility"], out var visibility)
                ? visibility
                : SavedSearchVisibility.Private);
        try
        {
            questions.Check(draft, time.GetUtcNow());
        }
        catch (InvalidQueryException e)
        {
            var refused = new SavedView(callers.Of(http)) { Error = e.Message };
            return WebUiEndpoints.Page<SavedPage>(http, new { View = refused }, 400);
        }
        var saved = await store.CreateAsync(owner, draft, cancellationToken);
        return Results.Redirect("/saved/" + Uri.EscapeDataString(saved.Id));
    }

    static async Task<IResult> ShowAsync(
        string id, HttpContext http, WebCallers callers, SavedSearchStore store, AlertStore alerts,
        AlertPreviewer previewer, TimeProvider time, CancellationToken cancellationToken)
    {
        if (WebUiEndpoints.Refused(http, callers) is { } refused)
            return refused;
        var owner = WebCallers.KeyIdOf(http);
        var search = await store.GetAsync(id, cancellationToken);
        if (search is null || !search.IsReadableBy(owner))
        {
            var missing = new SavedView(callers.Of(http)) { Error = $"No saved search '{id}' that you can read." };
            return WebUiEndpoints.Page<SavedPage>(http, new { View = missing }, 404);
        }
        var mine = owner is null ? [] : (await alerts.ListOwnedAsync(owner, cancellationToken))
            .Where(a => a.Rule.SavedSearchId == id).ToList();
        var view = new SavedView(callers.Of(http)) { Search = Item(search), Alerts = [.. mine.Select(AlertOf)] };
        if (mine.FirstOrDefault(a => a.Id == http.Request.Query["alert"]) is { } shown)
        {
            var preview = await previewer.PreviewAsync(shown.Rule, search, callers.RightsOf(http), time.GetUtcNow(),
                cancellationToken);
            view = view with
            {
                Previewed = AlertOf(shown),
                Preview = new PreviewItem(preview.From, preview.To,
                    [.. preview.Firings.Select(f => (f.At, f.Count))],
                    [.. preview.Signatures.Select(b => (WebFormat.Value(b.Key), b.Count))], preview.Crashes),
            };
        }
        return WebUiEndpoints.Page<SavedPage>(http, new { View = view });
    }

    static async Task<IResult> CreateAlertAsync(
        string id, HttpContext http, WebCallers callers, IAntiforgery antiforgery, SavedSearchStore store,
        AlertStore alerts, IOptions<AlertsOptions> options, CancellationToken cancellationToken)
    {
        if (await WebForms.ReadAsync(http, antiforgery) is not { } form)
            return WebForms.Forged(http);
        if (WebCallers.KeyIdOf(http) is not { } owner || !callers.Of(http).CanWrite)
            return Results.Redirect("/signin?return=/saved/" + Uri.EscapeDataString(id));
        var search = await store.GetAsync(id, cancellationToken);
        if (search is null || !search.IsReadableBy(owner))
            return Results.Redirect("/saved");
        AlertRule rule;
        try
        {
            var condition = Enum.TryParse<AlertCondition>(form["condition"], out var c) ? c : AlertCondition.NewMatch;
            rule = AlertRuleParser.Check(new AlertRule(id, condition)
            {
                Threshold = int.TryParse(form["threshold"], out var t) ? t : null,
                Window = form["window"].ToString() is { Length: > 0 } w ? w : null,
                Recipients = CommaList.Of(form["recipients"]),
            }, options.Value.MaxRecipients);
        }
        catch (ArgumentException e)
        {
            var view = new SavedView(callers.Of(http)) { Search = Item(search), Error = e.Message };
            return WebUiEndpoints.Page<SavedPage>(http, new { View = view }, 400);
        }
        var alert = await alerts.CreateAsync(owner, rule, cancellationToken);
        return Results.Redirect($"/saved/{Uri.EscapeDataString(id)}?alert={Uri.EscapeDataString(alert.Id)}");
    }

    static SavedItem Item(SavedSearch search) =>
        new(search.Id, search.Name, search.Search, search.Window, search.Visibility.ToString(), search.OwnerName);

    static AlertItem AlertOf(Alert alert) => new(alert.Id, alert.Rule.Condition.ToString(), alert.Rule.Threshold,
        alert.Rule.Window, string.Join(", ", alert.Rule.Recipients));
}
