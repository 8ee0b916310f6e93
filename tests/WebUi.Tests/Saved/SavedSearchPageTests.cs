using CrashSearch.WebUi.Tests.Support;
using Microsoft.Playwright;

namespace CrashSearch.WebUi.Tests.Saved;

/// <summary>Saved searches and alerts in the browser, signed in with a key that may write.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SavedSearchPageTests(BrowserApp app)
{
    [Fact]
    public async Task A_search_saved_from_the_page_is_listed_and_an_alert_on_it_shows_its_preview()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Pages.SignInAsync(page, app.WriterKey);
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("signature:\"OOM | small\""));

        await page.GetByText("Save this search").ClickAsync();
        await page.GetByLabel("Name").FillAsync("Small OOMs");
        await page.GetByLabel("Who can see it").SelectOptionAsync("Public");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        Assert.Equal("Saved search: Small OOMs", await page.Locator("h1").TextContentAsync());
        await page.GetByLabel("E-mail recipients (comma-separated)").FillAsync("triage@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create and preview" }).ClickAsync();
        Assert.Contains("?alert=", page.Url, StringComparison.Ordinal);
        var preview = page.Locator("section[aria-labelledby='preview']");
        Assert.Contains("OOM | small", await preview.TextContentAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/saved");
        Assert.Equal(2, await page.GetByRole(AriaRole.Link, new() { Name = "Small OOMs", Exact = true }).CountAsync());
        // Anonymous visitors see it among the public ones only, and no form to save or alert.
        await using var anonymous = await app.NewContextAsync();
        var other = await anonymous.NewPageAsync();
        await other.GotoAsync("/saved");
        Assert.Equal(1, await other.GetByRole(AriaRole.Link, new() { Name = "Small OOMs", Exact = true }).CountAsync());
        await other.GotoAsync("/search?q=product:Firefox");
        Assert.Equal(0, await other.GetByText("Save this search").CountAsync());
    }
}
