using System.Net;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.FrontDoors;

/// <summary>One <c>SearchLimits</c> section bounds both doors: configured once, enforced by the one builder.</summary>
public sealed class SharedLimitsTests
{
    [Fact]
    public async Task The_SearchLimits_section_bounds_GraphQL_and_SuperSearch_alike()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory("shared-limits");
        using var index = LuceneCrashIndex.Open(directory.Path, FieldCatalogue.Default);
        await using var app = new CrashSearchApp(
            new Dictionary<string, string?>
            {
                ["Index:Path"] = directory.Path,
                ["SearchLimits:MaxWindowDays"] = "30",
                ["SearchLimits:MaxPageSize"] = "10",
                ["SearchLimits:DefaultResultsNumber"] = "10",
            },
            services =>
            {
                services.AddSingleton<ICrashIndex>(index);
                services.AddSingleton<TimeProvider>(new StoppedClock(SampleCrashes.Now));
            });
        using var client = app.CreateClient();

        var wideGraphQL = await GraphQLRequests.PostAsync(client, """{ crashes(from: "2026-10-01") { totalCount } }""");
        Assert.Equal(["BAD_QUERY"], wideGraphQL.ErrorCodes);
        Assert.Contains("longer than 30 days", wideGraphQL.ErrorMessages[0], StringComparison.Ordinal);
        using var wideSuperSearch = await client.GetAsync("/api/SuperSearch?date=>=2026-10-01", cancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, wideSuperSearch.StatusCode);
        var body = await wideSuperSearch.Content.ReadAsStringAsync(cancellationToken);
        Assert.Contains("longer than 30 days", body, StringComparison.Ordinal);

        var longPage = await GraphQLRequests.PostAsync(client, "{ crashes(first: 11) { edges { cursor } } }");
        Assert.Equal(HttpStatusCode.BadRequest, longPage.Status);
        using var longResults = await client.GetAsync("/api/SuperSearch?_results_number=11", cancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, longResults.StatusCode);

        var fullPage = await GraphQLRequests.PostAsync(client, "{ crashes(first: 10) { totalCount } }");
        Assert.Equal(0, fullPage.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
        using var fullResults = await client.GetAsync("/api/SuperSearch?_results_number=10", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, fullResults.StatusCode);
    }
}
