using CrashSearch.SearchApi.Tests.Support;
using CrashSearch.WebUi.Tests.Support;
using Microsoft.Playwright;

namespace CrashSearch.WebUi.Tests.Access;

/// <summary>
/// Protected crash data in the browser: an anonymous visitor finds no protected value in any page's DOM or in any
/// response the pages load; a signed-in key with the right sees it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProtectedFieldTests(BrowserApp app)
{
    /// <summary>Every protected value of the sample crashes (url, email, user comments).</summary>
    static readonly string[] ProtectedValues =
        [SampleCrashes.ProtectedUrl, "someone@example.com", "it crashed while typing", "https://other.example/"];

    /// <summary>Pages that touch the protected crashes every way the UI can: hits, facets, crash pages,
    /// completion, and searches naming the protected fields.</summary>
    static readonly string[] Visits =
    [
        "/", "/search?columns=uuid,url,email,user_comments&facets=url,email,signature",
        "/search?q=" + Uri.EscapeDataString("url:~private OR user_comments:typing OR someone"),
        "/crash/crash-01", "/crash/crash-05", "/crash/crash-01?q=url%3A~private",
        "/signature?s=" + Uri.EscapeDataString("OOM | small"), "/topcrashers", "/web/complete?field=url&prefix=",
        "/web/complete?field=email&prefix=some",
    ];

    [Fact]
    public async Task Anonymous_visitors_find_no_protected_value_in_the_DOM_or_in_any_response_the_pages_load()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var bodies = new List<(string Url, Task<string> Body)>();
        page.Response += (_, response) => bodies.Add((response.Url, BodyOf(response)));

        foreach (var visit in Visits)
        {
            await page.GotoAsync(visit);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var dom = await page.ContentAsync();
            foreach (var value in ProtectedValues)
                Assert.False(dom.Contains(value, StringComparison.Ordinal), $"{visit} shows '{value}' in its DOM.");
        }

        Assert.True(bodies.Count >= Visits.Length, "The page loads were not observed.");
        foreach (var (url, body) in bodies)
        {
            var text = await body;
            foreach (var value in ProtectedValues)
                Assert.False(text.Contains(value, StringComparison.Ordinal), $"{url} sent '{value}'.");
        }
    }

    [Fact]
    public async Task A_key_with_the_right_signed_in_by_cookie_sees_the_protected_fields()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        await Pages.SignInAsync(page, app.ReaderKey);
        await page.GotoAsync("/crash/crash-01");

        var metadata = await page.Locator("dl.meta").TextContentAsync();
        Assert.Contains(SampleCrashes.ProtectedUrl, metadata, StringComparison.Ordinal);
        Assert.Contains("Signed in as", await page.Locator("header .who").TextContentAsync(), StringComparison.Ordinal);
    }

    static async Task<string> BodyOf(IResponse response)
    {
        try
        {
            return await response.TextAsync();
        }
        catch (PlaywrightException)
        {
            // A redirect has no body to read.
            return "";
        }
    }
}
