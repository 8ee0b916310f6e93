using System.Text.Json.Nodes;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.FrontDoors;

/// <summary>
/// <c>Index:RetentionWeeks</c> as an operator sets it: with one week kept on Friday 2026-11-20 (2026-W47), a window
/// reaching back into 2026-W46 is reported in both doors' errors, and the crash there (crash-08) is not found.
/// </summary>
public sealed class RetentionErrorTests : IAsyncLifetime
{
    const string Expected = "week 2026-W46 is outside the 1-week retention and was not searched";

    readonly TempDirectory _directory = new("retention-api");
    CrashSearchApp? _app;
    HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using (var writer = LuceneCrashIndex.Open(_directory.Path, FieldCatalogue.Default))
        {
            await writer.IndexAsync(SampleCrashes.All, cancellationToken);
            await writer.CommitAsync(null, cancellationToken);
        }
        _app = new CrashSearchApp(
            new Dictionary<string, string?>
            {
                ["Index:Path"] = _directory.Path,
                ["Index:ReadOnly"] = "true",
                ["Index:RetentionWeeks"] = "1",
            },
            services => services.AddSingleton<TimeProvider>(new StoppedClock(SampleCrashes.Now)));
        _client = _app.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task SuperSearch_lists_the_weeks_outside_retention_in_errors()
    {
        var text = await _client.GetStringAsync("/api/SuperSearch?date=%3E%3D2026-11-10&_columns=uuid&_facets_size=0", TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(text)!;
        Assert.Equal(7, body["total"]!.GetValue<long>());
        Assert.Equal([Expected], body["errors"]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    [Fact]
    public async Task GraphQL_lists_the_weeks_outside_retention_in_the_connection_errors()
    {
        var result = await GraphQLRequests.PostAsync(_client, "{ crashes(from: \"2026-11-10\") { totalCount errors } }");
        var crashes = result.Data.GetProperty("crashes");
        Assert.Equal(7, crashes.GetProperty("totalCount").GetInt64());
        Assert.Equal([Expected], crashes.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_window_inside_retention_has_no_errors()
    {
        var result = await GraphQLRequests.PostAsync(_client, "{ crashes(from: \"2026-11-16\") { totalCount errors } }");
        Assert.Empty(result.Data.GetProperty("crashes").GetProperty("errors").EnumerateArray());
    }
}
