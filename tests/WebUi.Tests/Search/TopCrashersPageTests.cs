using CrashSearch.WebUi.Tests.Support;

namespace CrashSearch.WebUi.Tests.Search;

/// <summary>The top-crashers page of a product, ranked by the visibility service (issues 13 and 14).</summary>
[Collection(BrowserCollection.Name)]
public sealed class TopCrashersPageTests(BrowserApp app)
{
    [Fact]
    public async Task A_products_top_crashers_show_their_share_and_how_their_rank_changed()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/topcrashers?product=Firefox&days=7");

        // Firefox's 5 crashes of the 7 days; crash-08 (10 days ago) ranked OOM | small first in the 7 days before.
        var rows = page.Locator("table.topcrashers tbody tr");
        Assert.Equal(3, await rows.CountAsync());
        var first = await rows.Nth(0).Locator("td").AllInnerTextsAsync();
        Assert.Equal(["1", "same", "OOM | small", "3", "60.0 %"], first.Take(5));
        var second = await rows.Nth(1).Locator("td").AllInnerTextsAsync();
        Assert.Equal(["2", "new", "OOM | large", "1", "20.0 %"], second.Take(5));
        Assert.Equal("shutdownhang | nsThread::Shutdown", (await rows.Nth(2).Locator("td").AllInnerTextsAsync())[2]);
    }
}
