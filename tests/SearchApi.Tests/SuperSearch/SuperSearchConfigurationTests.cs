using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.SuperSearch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Tests.SuperSearch;

public sealed class SuperSearchConfigurationTests : IDisposable
{
    readonly string _directory = Path.Combine(Path.GetTempPath(), "supersearch-config-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    WebApplication Build(Dictionary<string, string?> settings, ICrashIndex index)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(index);
        builder.Services.AddSingleton<TimeProvider>(new StoppedClock(SuperSearchCrashes.Now));
        builder.Services.AddSuperSearch();
        var app = builder.Build();
        app.MapSuperSearch();
        return app;
    }

    [Fact]
    public async Task Limits_are_read_from_the_SearchLimits_section()
    {
        using var index = LuceneCrashIndex.Open(_directory, FieldCatalogue.Default);
        await LimitsApplyAsync(new()
        {
            ["SearchLimits:MaxWindowDays"] = "30",
            ["SearchLimits:MaxPageSize"] = "10",
            ["SearchLimits:DefaultResultsNumber"] = "5",
        }, index);
    }

    [Fact]
    public async Task The_old_SuperSearch_and_GraphQL_keys_still_set_the_limits()
    {
        using var index = LuceneCrashIndex.Open(_directory, FieldCatalogue.Default);
        await LimitsApplyAsync(new()
        {
            ["GraphQL:MaxWindowDays"] = "30", ["SuperSearch:MaxResultsNumber"] = "10", ["SuperSearch:DefaultResultsNumber"] = "5",
        }, index);
    }

    [Fact]
    public async Task A_SearchLimits_key_wins_over_an_old_one()
    {
        using var index = LuceneCrashIndex.Open(_directory, FieldCatalogue.Default);
        await LimitsApplyAsync(new()
        {
            ["SuperSearch:MaxWindowDays"] = "300", ["SearchLimits:MaxWindowDays"] = "30",
            ["GraphQL:MaxPageSize"] = "500", ["SearchLimits:MaxPageSize"] = "10",
            ["SearchLimits:DefaultResultsNumber"] = "5",
        }, index);
    }

    [Fact]
    public async Task SuperSearch_Strict_makes_strict_mode_the_default_and_strict_false_overrides_it()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var index = LuceneCrashIndex.Open(_directory, FieldCatalogue.Default);
        await using var app = Build(new() { ["SuperSearch:Strict"] = "true" }, index);
        await app.StartAsync(cancellationToken);
        using var client = app.GetTestClient();

        using var refused = await client.GetAsync("/api/SuperSearch?no_such_field=1", cancellationToken);
        Assert.Equal(400, (int)refused.StatusCode);
        Assert.Contains("'no_such_field'", await refused.Content.ReadAsStringAsync(cancellationToken),
            StringComparison.Ordinal);
        using var lenient = await client.GetAsync("/api/SuperSearch?no_such_field=1&_strict=false", cancellationToken);
        Assert.Equal(200, (int)lenient.StatusCode);
        Assert.Contains("unknown parameter 'no_such_field' was ignored",
            await lenient.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
    }

    /// <summary>A 30-day window, pages of at most 10 and 5 by default, whatever keys set them.</summary>
    async Task LimitsApplyAsync(Dictionary<string, string?> settings, ICrashIndex index)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var app = Build(settings, index);
        await app.StartAsync(cancellationToken);
        using var client = app.GetTestClient();

        using var wide = await client.GetAsync("/api/SuperSearch?date=>=2026-10-01", cancellationToken);
        Assert.Equal(400, (int)wide.StatusCode);
        Assert.Contains("longer than 30 days", await wide.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
        using var many = await client.GetAsync("/api/SuperSearch?_results_number=11", cancellationToken);
        Assert.Equal(400, (int)many.StatusCode);
        using var empty = await client.GetAsync("/api/SuperSearch?_results_number=10", cancellationToken);
        Assert.Equal("""{"hits":[],"total":0,"facets":{"signature":[]},"errors":[]}""", await empty.Content.ReadAsStringAsync(cancellationToken));
    }

    [Fact]
    public async Task A_limit_out_of_its_range_stops_the_start()
    {
        using var index = LuceneCrashIndex.Open(_directory, FieldCatalogue.Default);
        await using var app = Build(new() { ["SearchLimits:MaxPageSize"] = "0" }, index);
        var cancellationToken = TestContext.Current.CancellationToken;
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(cancellationToken));
        Assert.Contains("MaxPageSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inconsistent_limits_stop_the_start()
    {
        using var index = LuceneCrashIndex.Open(_directory, FieldCatalogue.Default);
        await using var app = Build(new() { ["SearchLimits:DefaultWindowDays"] = "400" }, index);
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));
        Assert.Contains("DefaultWindowDays (400) exceeds MaxWindowDays (365)", error.Message, StringComparison.Ordinal);
    }
}
