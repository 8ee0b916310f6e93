using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Tests.RateLimits;

/// <summary>
/// <c>RateLimits</c>: a fixed window per caller on <c>/graphql</c> and <c>/api/*</c>, 429 with <c>Retry-After</c>.
/// The test server gives every request the same (empty) client address, so all anonymous requests share one count.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    const string Search = "/api/SuperSearch?_results_number=1";
    readonly TempDirectory _directory = new("rate-limit-tests");

    static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    CrashSearchApp App(int anonymous, int key = 1_000, string window = "00:01:00") => new(
        new Dictionary<string, string?>
        {
            ["Index:Path"] = _directory.Path,
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:AnonymousRequests"] = anonymous.ToString(CultureInfo.InvariantCulture),
            ["RateLimits:KeyRequests"] = key.ToString(CultureInfo.InvariantCulture),
            ["RateLimits:Window"] = window,
        });

    static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request, Token);
    }

    static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path, string? key = null)
    {
        using var response = await GetAsync(client, path, key);
        return response.StatusCode;
    }

    [Fact]
    public async Task Past_the_anonymous_limit_a_request_gets_429_with_a_Retry_After_of_the_window()
    {
        await using var app = App(anonymous: 2);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Search));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Search));

        using var refused = await GetAsync(client, Search);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(61), refused.Headers.RetryAfter?.Delta);
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>(Token);
        var error = body.GetProperty("error").GetString();
        Assert.Contains("2 requests per client address", error, StringComparison.Ordinal);

        using var graphQL = await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" }, Token);
        Assert.Equal(HttpStatusCode.TooManyRequests, graphQL.StatusCode);
        var errors = (await graphQL.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("errors");
        Assert.Equal("RATE_LIMITED", errors[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Health_metrics_and_GraphiQL_are_never_limited()
    {
        await using var app = App(anonymous: 1);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/graphql?query={__typename}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, "/GraphQL?query={__typename}"));
        foreach (var path in new[] { "/health", "/health/ready", "/metrics", "/graphiql" })
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, path));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, path));
        }
    }

    [Fact]
    public async Task A_caller_who_waits_as_long_as_Retry_After_says_passes_again()
    {
        await using var app = App(anonymous: 2, window: "00:00:01");
        using var client = app.CreateClient();
        // The one-second window may start again between two requests, so count only up to the first refusal.
        TimeSpan? retryAfter = null;
        for (var sent = 0; retryAfter is null; sent++)
        {
            Assert.True(sent < 20, "20 requests in a row were all let through");
            using var response = await GetAsync(client, Search);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                retryAfter = response.Headers.RetryAfter?.Delta ?? TimeSpan.MaxValue;
            else
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(TimeSpan.FromSeconds(2), retryAfter); // a 429 without Retry-After fails here
        await Task.Delay(retryAfter.Value, Token);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Search));
    }

    [Fact]
    public async Task An_API_key_is_counted_apart_from_its_address_and_from_other_keys()
    {
        await using var app = App(anonymous: 1, key: 2);
        using var client = app.CreateClient();
        var keyA = await TestKeys.CreateAsync(app.Services, ApiKeyScopes.Read, name: "a");
        var keyB = await TestKeys.CreateAsync(app.Services, ApiKeyScopes.Read, name: "b");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Search));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, Search));

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Search, keyA));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Search, keyA));
        using var refused = await GetAsync(client, Search, keyA);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Contains("2 requests per API key", body.GetProperty("error").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, Search, keyB));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, Search));
    }

    [Fact]
    public async Task Requests_with_unknown_keys_are_counted_by_their_address_before_they_are_refused()
    {
        await using var app = App(anonymous: 2);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, Search, CallerKeys.Unknown));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, Search, CallerKeys.Unknown));
        // The address has used its two requests on bad keys: guessing keys costs the guesser its own allowance.
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, Search, CallerKeys.Unknown));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(client, Search));
    }

    [Theory]
    [InlineData("RateLimits:AnonymousRequests", "0")]
    [InlineData("RateLimits:KeyRequests", "-5")]
    [InlineData("RateLimits:Window", "00:00:00")]
    public void A_limit_that_cannot_work_stops_the_start(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["Index:Path"] = _directory.Path, [key] = value };
        using var app = new CrashSearchApp(settings);
        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }
}
