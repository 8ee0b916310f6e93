using System.Net;
using CrashSearch.WebUi.Tests.Support;
using Microsoft.Playwright;

namespace CrashSearch.WebUi.Tests.Access;

/// <summary>Signing in with an API key: an HttpOnly, SameSite=Strict cookie, and antiforgery on every form that
/// changes state.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserApp app)
{
    [Fact]
    public async Task Signing_in_keeps_the_key_in_an_HttpOnly_SameSite_Strict_cookie_and_signing_out_drops_it()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        await Pages.SignInAsync(page, app.ReaderKey);

        var cookie = Assert.Single(await context.CookiesAsync(), c => c.Name == "crashsearch-key");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.False(await page.EvaluateAsync<bool>("() => document.cookie.includes('crashsearch-key')"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "crashsearch-key");
        Assert.Contains("Sign in", await page.Locator("header .who").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_on_the_sign_in_page_without_a_cookie()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");

        await page.GetByLabel("API key").FillAsync("cs_not-a-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Contains("not known", await page.Locator("#signin-error").TextContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "crashsearch-key");
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_changes_nothing()
    {
        using var client = app.NewHttpClient();
        var cancellationToken = TestContext.Current.CancellationToken;

        using var signIn = await client.PostAsync("/signin",
            new FormUrlEncodedContent([new("key", app.ReaderKey), new("return", "/")]), cancellationToken);
        using var save = new HttpRequestMessage(HttpMethod.Post, "/saved")
        {
            Content = new FormUrlEncodedContent([new("name", "forged"), new("q", "product:Firefox")]),
        };
        save.Headers.Add("Cookie", "crashsearch-key=" + app.WriterKey);
        using var saved = await client.SendAsync(save, cancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie") && signIn.Headers.GetValues("Set-Cookie")
            .Any(c => c.StartsWith("crashsearch-key=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_not_a_key_for_the_GraphQL_door()
    {
        using var client = app.NewHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                "{\"query\":\"mutation { createSavedSearch(input: {name: \\\"forged\\\", "
                + "search: \\\"product:Firefox\\\"}) { id } }\"}",
                System.Text.Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("Cookie", "crashsearch-key=" + app.WriterKey);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        // Refused for want of the write scope: the cookie's key did not count.
        Assert.Contains("\"errors\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"createSavedSearch\":{", body, StringComparison.Ordinal);
    }
}
