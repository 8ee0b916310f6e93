using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrashSearch.SearchApi.Tests.Visibility;

/// <summary>
/// <c>explosiveSignatures</c> over the planted Thunderbird days and <c>criticalCrashes</c> over the planted
/// SeaMonkey week of <see cref="VisibilityCrashes"/>, and their REST twins.
/// </summary>
public sealed class ExplosiveAndCriticalTests(VisibilityApi api) : IClassFixture<VisibilityApi>
{
    async Task<JsonElement> FieldAsync(string field, string arguments, string selection)
    {
        var result = await api.PostAsync($"{{ {field}({arguments}) {{ {selection} }} }}");
        Assert.Empty(result.ErrorMessages);
        return result.Data.GetProperty(field);
    }

    [Fact]
    public async Task A_rising_and_a_new_signature_are_explosive_and_steady_or_small_ones_are_not()
    {
        var explosive = await FieldAsync("explosiveSignatures", """product: "Thunderbird" """,
            "signature count baseline score isNew dailyCounts");
        Assert.Equal(
            ["Rising 30 2 19.80 False", "Burst 15 0 15.00 True"],
            explosive.EnumerateArray().Select(e => string.Join(" ",
                e.GetProperty("signature").GetString(), e.GetProperty("count"), e.GetProperty("baseline"),
                e.GetProperty("score").GetDouble().ToString("F2", CultureInfo.InvariantCulture),
                e.GetProperty("isNew"))));
        Assert.Equal("2 2 2 2 2 2 2", string.Join(" ", explosive[0].GetProperty("dailyCounts").EnumerateArray()));
    }

    [Fact]
    public async Task A_shorter_baseline_still_judges_the_latest_day()
    {
        var explosive = await FieldAsync("explosiveSignatures", """product: "Thunderbird", days: 3""",
            "signature dailyCounts");
        Assert.Equal("Rising:2 2 2|Burst:0 0 0", string.Join("|", explosive.EnumerateArray().Select(e =>
            e.GetProperty("signature").GetString() + ":"
            + string.Join(" ", e.GetProperty("dailyCounts").EnumerateArray()))));
    }

    [Fact]
    public async Task Critical_crashes_are_ranked_with_the_reasons_they_are_critical()
    {
        var critical = await FieldAsync("criticalCrashes", """product: "SeaMonkey" """,
            "rank signature count kinds { kind count }");
        Assert.Equal(
            [
                "1 ParentSig 5 PARENT_PROCESS=5",
                "2 OOM | small 4 OUT_OF_MEMORY=4",
                "3 shutdownhang | nsThread::Shutdown 3 SHUTDOWN_HANG=3",
                "4 StartupSig 2 STARTUP=2",
                "5 UptimeSig 1 STARTUP=1",
            ],
            critical.EnumerateArray().Select(c => string.Join(" ",
                c.GetProperty("rank"), c.GetProperty("signature").GetString(), c.GetProperty("count"),
                string.Join(",", c.GetProperty("kinds").EnumerateArray()
                    .Select(k => $"{k.GetProperty("kind").GetString()}={k.GetProperty("count")}")))));
    }

    [Fact]
    public async Task GraphQL_and_REST_give_the_same_explosive_and_critical_crashes()
    {
        var explosive = await FieldAsync("explosiveSignatures", """product: "Thunderbird", days: 7""",
            "signature count baseline spread score dailyCounts isNew");
        var critical = await FieldAsync("criticalCrashes", """product: "SeaMonkey", days: 7""",
            "rank signature count kinds { kind count }");
        foreach (var (graph, path) in new[]
        {
            (explosive, "/api/ExplosiveSignatures?product=Thunderbird&days=7"),
            (critical, "/api/CriticalCrashes?product=SeaMonkey&days=7"),
        })
        {
            var (status, rest) = await api.GetAsync(path);
            Assert.Equal(200, status);
            Assert.NotEmpty(rest.AsArray());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(graph.GetRawText()), rest), $"{graph} != {rest}");
        }
    }

    [Theory]
    [InlineData("/api/ExplosiveSignatures?product=Thunderbird&days=2", "'days'")]
    [InlineData("/api/ExplosiveSignatures", "'product'")]
    [InlineData("/api/CriticalCrashes?product=SeaMonkey&days=365", "'days'")]
    [InlineData("/api/CriticalCrashes?days=7", "'product'")]
    public async Task Bad_parameters_are_a_400_naming_them(string path, string named)
    {
        var (status, body) = await api.GetAsync(path);
        Assert.Equal(400, status);
        Assert.Contains(named, body["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_days_in_GraphQL_name_days()
    {
        var result = await api.PostAsync("""{ criticalCrashes(product: "SeaMonkey", days: 2) { rank } }""");
        Assert.Contains(result.ErrorMessages, m => m.Contains("'days'", StringComparison.Ordinal));
    }
}
