using CrashSearch.WebUi.Tests.Support;
using Microsoft.Playwright;

namespace CrashSearch.WebUi.Tests.Search;

/// <summary>The search page in a real browser: query, facets, cursor paging, syntax errors (issue 14).</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserApp app)
{
    [Fact]
    public async Task Typing_a_query_shows_the_right_count_and_rows()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Search crashes").FillAsync("signature:\"OOM | small\"");
        await page.GetByLabel("Search crashes").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?q=", StringComparison.Ordinal));

        // crash-08 has this signature too, but lies outside the default 7-day window.
        Assert.Equal("3", await Pages.TotalAsync(page));
        Assert.Equal(["crash-01", "crash-06", "crash-02"], await Pages.UuidsAsync(page));
    }

    [Fact]
    public async Task Clicking_a_facet_term_narrows_the_results_and_the_URL_and_excluding_one_removes_it()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search");
        Assert.Equal("7", await Pages.TotalAsync(page));

        var facets = page.Locator("aside.facets");
        await facets.GetByRole(AriaRole.Link, new() { Name = "Linux", Exact = true }).ClickAsync();

        Assert.Contains("q=platform%3A%22Linux%22", page.Url, StringComparison.Ordinal);
        Assert.Equal("1", await Pages.TotalAsync(page));
        Assert.Equal(["crash-02"], await Pages.UuidsAsync(page));

        await page.GotoAsync("/search");
        await page.GetByRole(AriaRole.Link, new() { Name = "Exclude platform Windows NT" }).ClickAsync();

        Assert.Contains("q=-platform%3A%22Windows%20NT%22", page.Url, StringComparison.Ordinal);
        Assert.Equal(["crash-04", "crash-02", "crash-03"], await Pages.UuidsAsync(page));
        await page.GoBackAsync();
        Assert.Equal("7", await Pages.TotalAsync(page));
    }

    [Fact]
    public async Task Paging_forward_and_back_by_cursor_walks_the_crashes_in_order()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?size=3");
        var next = page.GetByRole(AriaRole.Link, new() { Name = "Next →" });
        var previous = page.GetByRole(AriaRole.Link, new() { Name = "← Previous" });
        Assert.Equal(["crash-01", "crash-04", "crash-06"], await Pages.UuidsAsync(page));
        Assert.Equal(0, await previous.CountAsync());

        await next.ClickAsync();
        Assert.Equal(["crash-02", "crash-05", "crash-03"], await Pages.UuidsAsync(page));
        Assert.Contains("after=", page.Url, StringComparison.Ordinal);
        await next.ClickAsync();
        Assert.Equal(["crash-07"], await Pages.UuidsAsync(page));
        Assert.Equal(0, await next.CountAsync());

        await previous.ClickAsync();
        Assert.Equal(["crash-02", "crash-05", "crash-03"], await Pages.UuidsAsync(page));
        await previous.ClickAsync();
        Assert.Equal(["crash-01", "crash-04", "crash-06"], await Pages.UuidsAsync(page));
        // The browser's own history says the same.
        await page.GoBackAsync();
        Assert.Equal(["crash-02", "crash-05", "crash-03"], await Pages.UuidsAsync(page));
    }

    [Fact]
    public async Task Sorting_by_a_column_header_reorders_the_rows()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?q=product:Firefox");

        await page.GetByRole(AriaRole.Link, new() { Name = "version", Exact = true }).ClickAsync();

        Assert.Contains("sort=-version", page.Url, StringComparison.Ordinal);
        Assert.Equal("crash-05", (await Pages.UuidsAsync(page))[0]);
    }

    [Fact]
    public async Task A_syntax_error_is_shown_under_the_box_at_its_position()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        const string Text = "product:Firefox AND )";
        await page.GotoAsync("/search");

        await page.GetByLabel("Search crashes").FillAsync(Text);
        await page.GetByLabel("Search crashes").PressAsync("Enter");

        var error = page.Locator("#q-error");
        var message = await error.Locator("p").TextContentAsync();
        Assert.Contains("syntax error at position 20", message, StringComparison.Ordinal);
        Assert.Equal(new string(' ', 20) + "^", await error.Locator(".mark").TextContentAsync());
        // The script puts the caret on the mistake.
        Assert.Equal(20, await page.EvaluateAsync<int>("() => document.getElementById('q').selectionStart"));
        Assert.Equal(0, await page.Locator("table.results").CountAsync());
    }

    [Fact]
    public async Task The_filter_form_offers_field_names_and_top_values_and_adds_a_term()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search");
        Assert.Equal(1, await page.Locator("#field-names option[value='platform']").CountAsync());

        await page.GetByLabel("Field", new() { Exact = true }).FillAsync("product");
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("Fe");
        await page.Locator("#value-options option[value='Fenix']")
            .WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByLabel("Value", new() { Exact = true }).FillAsync("Fenix");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add filter" }).ClickAsync();

        Assert.Equal(["crash-03"], await Pages.UuidsAsync(page));
        Assert.Equal("product:\"Fenix\"", await page.GetByLabel("Search crashes").InputValueAsync());
    }
}
