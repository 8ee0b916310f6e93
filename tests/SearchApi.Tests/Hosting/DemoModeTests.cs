using System.Net.Http.Json;
using System.Text.Json;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Hosting;

/// <summary><c>--demo</c>: the first start fills an empty index through the real ingest worker; later starts keep it.</summary>
public sealed class DemoModeTests
{
    static CrashSearchApp Demo(string directory) => new(new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        ["Demo:Crashes"] = "300",
        ["Index:Path"] = directory,
    });

    static async Task<JsonElement> ReadyAsync(HttpClient client, string state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready", TestContext.Current.CancellationToken);
            var current = ready.GetProperty("demo").GetProperty("state").GetString();
            if (current == state)
                return ready;
            Assert.True(current is "starting" or "ingesting" && DateTime.UtcNow < deadline, $"demo state is {current}: {ready}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task The_first_start_ingests_synthetic_crashes_and_a_top_signatures_facet_answers()
    {
        using var directory = new TempDirectory("demo-api");
        await using (var app = Demo(directory.Path))
        {
            using var client = app.CreateClient();
            var ready = await ReadyAsync(client, "done");
            Assert.Equal(300, ready.GetProperty("demo").GetProperty("ingested").GetInt64());
            Assert.Equal(300, ready.GetProperty("index").GetProperty("crashes").GetInt64());

            var from = DateTimeOffset.UtcNow.AddDays(-31).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var result = await GraphQLRequests.PostAsync(client,
                $"{{ crashes(from: \"{from}\", first: 1) {{ totalCount facet(field: SIGNATURE, size: 5) {{ term count }} }} }}");
            Assert.Empty(result.ErrorMessages);
            var crashes = result.Data.GetProperty("crashes");
            Assert.Equal(300, crashes.GetProperty("totalCount").GetInt64());
            var top = crashes.GetProperty("facet").EnumerateArray().Select(b => b.GetProperty("count").GetInt64()).ToList();
            Assert.Equal(5, top.Count);
            Assert.Equal(top.OrderDescending(), top);
        }
        await using (var again = Demo(directory.Path))
        {
            using var client = again.CreateClient();
            var ready = await ReadyAsync(client, "skipped");
            Assert.Equal(300, ready.GetProperty("index").GetProperty("crashes").GetInt64());
        }
    }
}
