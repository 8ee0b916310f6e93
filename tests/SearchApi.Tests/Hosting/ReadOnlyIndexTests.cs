using System.Net.Http.Json;
using System.Text.Json;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Hosting;

/// <summary><c>--index DIR</c>: the host opens the index itself, read-only, and follows another writer's commits.</summary>
public sealed class ReadOnlyIndexTests
{
    [Fact]
    public async Task An_index_served_read_only_follows_the_commits_of_a_separate_writer()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory("read-only-api");
        using var writer = LuceneCrashIndex.Open(directory.Path, FieldCatalogue.Default);
        await writer.IndexAsync([.. SampleCrashes.All.Take(3)], cancellationToken);
        await writer.CommitAsync(null, cancellationToken);
        await using var app = new CrashSearchApp(
            new Dictionary<string, string?>
            {
                ["Index:Path"] = directory.Path,
                ["Index:ReadOnly"] = "true",
                ["Index:RefreshInterval"] = "00:00:00",
            },
            services => services.AddSingleton<TimeProvider>(new StoppedClock(SampleCrashes.Now)));
        using var client = app.CreateClient();

        Assert.Equal(3, await TotalAsync(client));
        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready", cancellationToken);
        Assert.True(ready.GetProperty("index").GetProperty("readOnly").GetBoolean());
        Assert.Equal(3, ready.GetProperty("index").GetProperty("crashes").GetInt64());

        await writer.IndexAsync([.. SampleCrashes.All.Skip(3)], cancellationToken);
        await writer.CommitAsync(null, cancellationToken);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await TotalAsync(client) != 7 && DateTime.UtcNow < deadline)
            await Task.Delay(100, cancellationToken);
        Assert.Equal(7, await TotalAsync(client));
    }

    static async Task<long> TotalAsync(HttpClient client)
    {
        var result = await GraphQLRequests.PostAsync(client, "{ crashes { totalCount } }");
        return result.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64();
    }
}
