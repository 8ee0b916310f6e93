using CrashSearch.WebUi.Tests.Support;
using Deque.AxeCore.Playwright;

namespace CrashSearch.WebUi.Tests.Access;

/// <summary>axe-core on every page, anonymous and signed in: no serious or critical violation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserApp app)
{
    static readonly string[] AnonymousPages =
    [
        "/", "/search?q=" + Uri.EscapeDataString("signature:\"OOM | small\"") + "&size=2",
        "/search?q=" + Uri.EscapeDataString("product:Firefox AND )"), "/crash/crash-01?q=function%3AGetAttr*",
        "/crash/no-such-crash", "/signature?s=" + Uri.EscapeDataString("OOM | small"), "/topcrashers?days=28",
        "/topcrashers?product=Firefox&days=7", "/signin", "/saved",
    ];

    static readonly string[] SignedInPages = ["/search?q=product:Firefox", "/saved"];

    [Fact]
    public async Task No_page_has_a_serious_or_critical_accessibility_violation()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        foreach (var path in AnonymousPages)
            problems.AddRange(await ViolationsAsync(page, path));
        await Pages.SignInAsync(page, app.WriterKey);
        foreach (var path in SignedInPages)
            problems.AddRange(await ViolationsAsync(page, path));

        Assert.Empty(problems);
    }

    static async Task<IEnumerable<string>> ViolationsAsync(Microsoft.Playwright.IPage page, string path)
    {
        await page.GotoAsync(path);
        var result = await page.RunAxe();
        // axe ran its rules on this page (an empty result would pass silently).
        Assert.NotEmpty(result.Passes);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}");
    }
}
