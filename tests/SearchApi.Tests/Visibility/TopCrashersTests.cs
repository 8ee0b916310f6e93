using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrashSearch.SearchApi.Tests.Visibility;

/// <summary><c>topCrashers</c> and <c>/api/TopCrashers</c> over the planted Firefox weeks of
/// <see cref="VisibilityCrashes"/>.</summary>
public sealed class TopCrashersTests(VisibilityApi api) : IClassFixture<VisibilityApi>
{
    const string Selection = "rank signature count percent previousRank rankChange installs "
        + "platforms { platform count } startupPercent isNew";

    async Task<JsonElement> TopCrashersAsync(string arguments)
    {
        var result = await api.PostAsync($"{{ topCrashers({arguments}) {{ {Selection} }} }}");
        Assert.Empty(result.ErrorMessages);
        return result.Data.GetProperty("topCrashers");
    }

    static string Line(JsonElement c) => string.Join(" ",
        c.GetProperty("rank"), c.GetProperty("signature"), c.GetProperty("count"), c.GetProperty("percent"),
        c.GetProperty("previousRank"), c.GetProperty("rankChange"), c.GetProperty("isNew"));

    [Fact]
    public async Task Ranks_counts_shares_and_rank_changes_match_the_planted_weeks()
    {
        var top = await TopCrashersAsync("""product: "Firefox", days: 7""");
        Assert.Equal(
            [
                $"1 {VisibilityCrashes.Top} 5 50 2 1 False",
                $"2 {VisibilityCrashes.Second} 3 30 1 -1 False",
                $"3 {VisibilityCrashes.Fresh} 2 20   True",
            ],
            top.EnumerateArray().Select(Line));
    }

    [Fact]
    public async Task A_top_crasher_has_its_installs_platforms_and_startup_share()
    {
        var first = (await TopCrashersAsync("""product: "Firefox", first: 1""")).EnumerateArray().Single();
        Assert.Equal(3, first.GetProperty("installs").GetInt64());
        Assert.Equal("Windows NT=3 Linux=2", string.Join(" ", first.GetProperty("platforms").EnumerateArray()
            .Select(p => $"{p.GetProperty("platform").GetString()}={p.GetProperty("count")}")));
        Assert.Equal(40, first.GetProperty("startupPercent").GetDouble());
    }

    [Fact]
    public async Task Filters_narrow_the_crashes_ranked()
    {
        var linux = await TopCrashersAsync("""product: "Firefox", platform: "Linux", processType: "content" """);
        Assert.Equal(
            [$"1 {VisibilityCrashes.Second} 3 60 1 0 False", $"2 {VisibilityCrashes.Top} 2 40   False"],
            linux.EnumerateArray().Select(Line));
    }

    [Fact]
    public async Task A_product_without_crashes_has_no_top_crashers()
    {
        Assert.Empty((await TopCrashersAsync("""product: "Nothing" """)).EnumerateArray());
    }

    [Fact]
    public async Task GraphQL_and_REST_give_the_same_top_crashers()
    {
        var graph = await TopCrashersAsync("""product: "Firefox", days: 14, first: 2""");
        var (status, rest) = await api.GetAsync("/api/TopCrashers?product=Firefox&days=14&first=2");
        Assert.Equal(200, status);
        Assert.Equal(2, rest.AsArray().Count);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(graph.GetRawText()), rest), $"{graph} != {rest}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(30)]
    public async Task Days_outside_1_3_7_14_28_are_refused_naming_days(int days)
    {
        var result = await api.PostAsync($$"""{ topCrashers(product: "Firefox", days: {{days}}) { rank } }""");
        Assert.Contains(result.ErrorMessages, m => m.Contains("'days' must be one of 1, 3, 7, 14 or 28",
            StringComparison.Ordinal));
        var (status, body) = await api.GetAsync($"/api/TopCrashers?product=Firefox&days={days}");
        Assert.Equal(400, status);
        Assert.Contains("'days'", body["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/TopCrashers?days=7", "'product'")]
    [InlineData("/api/TopCrashers?product=Firefox&days=week", "'days'")]
    [InlineData("/api/TopCrashers?product=Firefox&first=0", "'first'")]
    [InlineData("/api/TopCrashers?product=Firefox&product=Fenix", "'product'")]
    public async Task Bad_REST_parameters_are_a_400_naming_the_parameter(string path, string named)
    {
        var (status, body) = await api.GetAsync(path);
        Assert.Equal(400, status);
        Assert.Contains(named, body["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
