using System.Net;
using CrashSearch.SearchApi.Tests.Support;
using CrashSearch.WebUi.Tests.Support;

namespace CrashSearch.WebUi.Tests.Access;

/// <summary>Who may see the pages, over plain HTTP (no browser needed).</summary>
[Collection(BrowserCollection.Name)]
public sealed class WebAccessTests(BrowserApp app)
{
    [Fact]
    public async Task A_revoked_key_in_the_sign_in_cookie_leaves_the_page_anonymous_and_says_so()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var revoked = await TestKeys.CreateRevokedAsync(app.Services, "read-protected");
        using var client = app.NewHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/crash/crash-01");
        request.Headers.Add("Cookie", "crashsearch-key=" + revoked);

        using var response = await client.SendAsync(request, cancellationToken);

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no longer valid", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleCrashes.ProtectedUrl, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_is_sent_with_a_strict_content_security_policy()
    {
        using var client = app.NewHttpClient();

        foreach (var path in new[] { "/", "/crash/crash-01", "/topcrashers", "/signin", "/web/site.js" })
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task With_anonymous_reading_off_a_visitor_is_sent_to_sign_in_and_comes_back_after()
    {
        using var directory = new TempDirectory("crash-search-webui-closed");
        await using var closed = new CrashSearchApp(new Dictionary<string, string?>
        {
            ["Index:Path"] = directory.Path,
            ["Access:AnonymousRead"] = "false",
        });
        using var client = closed.CreateClient(new() { AllowAutoRedirect = false });

        using var search = await client.GetAsync("/search?q=product:Firefox", TestContext.Current.CancellationToken);
        using var signIn = await client.GetAsync(search.Headers.Location, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, search.StatusCode);
        Assert.Equal("/signin?return=%2Fsearch%3Fq%3Dproduct%3AFirefox", search.Headers.Location?.OriginalString);
        var html = await signIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("value=\"/search?q=product:Firefox\"", html, StringComparison.Ordinal);
    }
}
