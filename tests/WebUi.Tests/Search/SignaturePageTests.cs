using CrashSearch.WebUi.Tests.Support;

namespace CrashSearch.WebUi.Tests.Search;

/// <summary>The signature page's report, from the visibility service (issues 13 and 14).</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignaturePageTests(BrowserApp app)
{
    const string Path = "/signature?s=OOM%20%7C%20small";

    [Fact]
    public async Task The_report_dates_the_signature_over_the_retention_and_counts_where_it_crashes()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Path);

        var report = page.Locator("section.report");
        // crash-08, ten days before the others, is the first seen; the 7 days hold crash-01, -02 and -06.
        Assert.Equal("2026-11-10T12:00:00Z", await report.Locator("time").First.GetAttributeAsync("datetime"));
        Assert.Equal("3", await page.Locator("#report-count").TextContentAsync());
        var platforms = report.Locator("table.report-terms", new() { HasText = "Platforms" });
        Assert.Equal(["Windows NT\t2", "Linux\t1"], await platforms.Locator("tbody tr").AllInnerTextsAsync());
        Assert.Equal(0, await report.Locator("ul.comments").CountAsync());
    }

    [Fact]
    public async Task A_key_with_the_right_sees_the_signatures_user_comments()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Pages.SignInAsync(page, app.ReaderKey);
        await page.GotoAsync(Path);

        Assert.Contains("it crashed while typing", await page.Locator("ul.comments").TextContentAsync(),
            StringComparison.Ordinal);
    }
}
