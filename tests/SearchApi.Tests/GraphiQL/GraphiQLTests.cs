using System.Net;
using System.Text.RegularExpressions;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.GraphiQL;

/// <summary>GraphiQL is served by the app itself, every file it needs included, under a strict policy.</summary>
public sealed partial class GraphiQLTests(SampleApi api) : IClassFixture<SampleApi>
{
    [GeneratedRegex("""(?:src|href)="([^"]+)""")]
    private static partial Regex ReferencedAsset();

    [Fact]
    public async Task The_page_and_every_asset_it_references_are_served()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var page = await api.Client.GetAsync("/graphiql", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        Assert.Contains("graphiql.min.js", html, StringComparison.Ordinal);
        var assets = ReferencedAsset().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, assets.Count);
        foreach (var asset in assets)
        {
            Assert.StartsWith("/graphiql/", asset, StringComparison.Ordinal);
            using var response = await api.Client.GetAsync(asset, cancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset} answered {response.StatusCode}");
            Assert.True(response.Content.Headers.ContentLength > 0, $"{asset} is empty");
        }
    }

    [Fact]
    public async Task The_page_forbids_inline_scripts_and_other_origins()
    {
        using var page = await api.Client.GetAsync("/graphiql", TestContext.Current.CancellationToken);
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]", html);
    }
}
