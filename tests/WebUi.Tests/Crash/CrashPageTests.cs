using CrashSearch.WebUi.Tests.Support;
using Microsoft.Playwright;

namespace CrashSearch.WebUi.Tests.Crash;

/// <summary>The crash page in a real browser (issue 14).</summary>
[Collection(BrowserCollection.Name)]
public sealed class CrashPageTests(BrowserApp app)
{
    [Fact]
    public async Task A_crash_opened_from_a_search_shows_its_frames_with_the_matched_frame_highlighted()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("function:\"js::gc::Sweep\" platform:Linux"));

        await page.GetByRole(AriaRole.Link, new() { Name = "crash-02" }).ClickAsync();

        Assert.Contains("/crash/crash-02?q=", page.Url, StringComparison.Ordinal);
        var frames = page.Locator("table.frames tbody tr");
        Assert.Equal(["mozilla::dom::Element::GetAttr(int)", "js::gc::Sweep"],
            await frames.Locator("td.function").AllTextContentsAsync());
        var matched = page.Locator("table.frames tr.matched");
        Assert.Equal(1, await matched.CountAsync());
        Assert.Equal("1", await matched.GetAttributeAsync("data-frame"));
        Assert.Equal("js::gc::Sweep", await matched.Locator("td.function").TextContentAsync());
        // Without the search, nothing is highlighted.
        await page.GotoAsync("/crash/crash-02");
        Assert.Equal(0, await page.Locator("table.frames tr.matched").CountAsync());
        Assert.Equal(2, await frames.CountAsync());
    }

    [Fact]
    public async Task The_crash_page_shows_metadata_modules_collapsed_threads_and_raw_JSON()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/crash/crash-01");

        Assert.Equal("OOM | small", await page.Locator("#meta").TextContentAsync());
        Assert.Equal(["xul.dll", "kernel32.dll"], await page.Locator("ul.modules li").AllTextContentsAsync());
        Assert.False(await page.Locator("details.threads").EvaluateAsync<bool>("d => d.open"));
        await page.GetByText("Raw JSON").ClickAsync();
        Assert.Contains("\"uuid\": \"crash-01\"", await page.Locator("details.raw pre").TextContentAsync(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_crash_is_a_404_page_that_says_so()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/crash/no-such-crash");

        Assert.Equal(404, response!.Status);
        var main = await page.Locator("main").TextContentAsync();
        Assert.Contains("no crash with this id", main, StringComparison.Ordinal);
    }
}
