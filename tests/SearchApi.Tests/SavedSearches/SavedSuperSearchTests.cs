using System.Net;
using System.Text.Json.Nodes;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.SavedSearches;

/// <summary><c>/api/SuperSearch?_saved=&lt;id&gt;</c> over <see cref="SampleCrashes"/>.</summary>
public sealed class SavedSuperSearchTests(SampleApi api) : IClassFixture<SampleApi>
{
    static readonly string TwoDaysAgo = Uri.EscapeDataString(SampleCrashes.Now.AddDays(-2).ToString("O"));

    async Task<(string Owner, string Id)> SaveAsync(string input)
    {
        var owner = await TestKeys.CreateAsync(api.Services, "write");
        var created = await SavedSearchGraphQLTests.CreateAsync(api, owner, input);
        return (owner, created.GetProperty("id").GetString()!);
    }

    async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(string pathAndQuery, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(text)!);
    }

    static List<string> Uuids(JsonNode body) =>
        [.. body["hits"]!.AsArray().Select(hit => hit!["uuid"]!.GetValue<string>())];

    [Fact]
    public async Task Further_parameters_narrow_a_saved_search_to_the_crashes_of_the_equivalent_plain_query()
    {
        var (owner, id) = await SaveAsync("""
            {name: "OOM", search: "signature:~OOM", filters: [{field: PRODUCT, op: EXACT, values: ["Firefox"]}],
             window: "2d"}
            """);
        var (status, saved) = await GetAsync(
            $"/api/SuperSearch?_saved={id}&platform=Windows%20NT&_facets=signature", owner);
        var (_, plain) = await GetAsync("/api/SuperSearch?_query=signature:~OOM&product==Firefox&platform=Windows%20NT"
            + $"&date=%3E%3D{TwoDaysAgo}&_facets=signature");
        Assert.True(status == HttpStatusCode.OK, saved.ToJsonString());
        Assert.Equal(["crash-01", "crash-06", "crash-05"], Uuids(saved));
        Assert.Equal(plain.ToJsonString(), saved.ToJsonString());
        var (_, narrower) = await GetAsync($"/api/SuperSearch?_saved={id}&date=%3E%3D"
            + Uri.EscapeDataString(SampleCrashes.Now.AddHours(-2).ToString("O")), owner);
        Assert.Equal(["crash-01"], Uuids(narrower));
        var (_, wider) = await GetAsync($"/api/SuperSearch?_saved={id}&date=%3E%3D"
            + Uri.EscapeDataString(SampleCrashes.Now.AddDays(-5).ToString("O")), owner);
        Assert.Equal(4, wider["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Saved_columns_and_facets_are_defaults_that_the_request_overrides()
    {
        var (_, id) = await SaveAsync("""
            {name: "Linux", search: "platform:Linux", columns: [UUID, SIGNATURE], facets: [PRODUCT], visibility: LINK}
            """);
        var (_, saved) = await GetAsync($"/api/SuperSearch?_saved={id}");
        Assert.Equal("""[{"uuid":"crash-02","signature":"OOM | small"}]""", saved["hits"]!.ToJsonString());
        Assert.Equal(["product"], saved["facets"]!.AsObject().Select(f => f.Key));
        var (_, overridden) = await GetAsync($"/api/SuperSearch?_saved={id}&_columns=uuid&_facets=platform");
        Assert.Equal("""[{"uuid":"crash-02"}]""", overridden["hits"]!.ToJsonString());
        Assert.Equal(["platform"], overridden["facets"]!.AsObject().Select(f => f.Key));
    }

    [Fact]
    public async Task An_unknown_or_unreadable_id_is_refused_naming_saved_with_the_same_answer()
    {
        var (owner, id) = await SaveAsync("""{name: "private", search: "platform:Linux"}""");
        var other = await TestKeys.CreateAsync(api.Services, "read-protected");
        var answers = new List<string>();
        foreach (var (probe, token) in new[] { (id, other), (id, null), ("aaaaaaaaaaaaaaaaaaaaaaaaaa", other) })
        {
            var (status, body) = await GetAsync($"/api/SuperSearch?_saved={probe}", token);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            answers.Add(body.ToJsonString());
        }
        var answer = JsonNode.Parse(Assert.Single(answers.Distinct(StringComparer.Ordinal)))!["error"]!;
        Assert.Equal("Parameter '_saved': no saved search with this id, or not one you may read.",
            answer.GetValue<string>());
        var (ownStatus, own) = await GetAsync($"/api/SuperSearch?_saved={id}", owner);
        Assert.Equal(HttpStatusCode.OK, ownStatus);
        Assert.Equal(["crash-02"], Uuids(own));
        var (twiceStatus, twice) = await GetAsync($"/api/SuperSearch?_saved={id}&_saved={id}", owner);
        Assert.Equal(HttpStatusCode.BadRequest, twiceStatus);
        Assert.Contains("'_saved': given 2 times", twice["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
