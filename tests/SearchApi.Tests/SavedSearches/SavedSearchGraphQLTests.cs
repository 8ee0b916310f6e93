using System.Text.Json;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.SavedSearches;

/// <summary>Saved searches through the real /graphql door over <see cref="SampleCrashes"/>, with real keys.</summary>
public sealed class SavedSearchGraphQLTests(SampleApi api) : IClassFixture<SampleApi>
{
    const string Fields = "id name search window visibility columns facets owner { id name } "
        + "filters { field op values negate withinTopFrames }";

    /// <summary>Creates a saved search with <paramref name="token"/>; returns the answer's savedSearch object.
    /// </summary>
    internal static async Task<JsonElement> CreateAsync(SampleApi api, string token, string input)
    {
        var result = await api.PostAsync(
            $"mutation {{ createSavedSearch(input: {input}) {{ {Fields} }} }}", token: token);
        Assert.True(result.ErrorMessages.Count == 0, string.Join("; ", result.ErrorMessages));
        return result.Data.GetProperty("createSavedSearch");
    }

    Task<string> KeyAsync(string scopes, string name = "test") =>
        TestKeys.CreateAsync(api.Services, scopes, name: name);

    [Fact]
    public async Task A_saved_search_is_created_read_listed_updated_and_deleted_by_its_owner()
    {
        var owner = await KeyAsync("write,read", "team dashboard");
        var created = await CreateAsync(api, owner, """
            {name: "OOM", search: "signature:~OOM", filters: [{field: PRODUCT, op: EXACT, values: ["Firefox"]}],
             window: "2d", columns: [SIGNATURE, PLATFORM], facets: [PLATFORM], visibility: LINK}
            """);
        var id = created.GetProperty("id").GetString()!;
        Assert.Matches("^[a-z2-7]{26}$", id);
        Assert.Equal(("OOM", "signature:~OOM", "2d", "LINK"), (created.GetProperty("name").GetString(),
            created.GetProperty("search").GetString(), created.GetProperty("window").GetString(),
            created.GetProperty("visibility").GetString()));
        Assert.Equal("""["SIGNATURE","PLATFORM"]""", created.GetProperty("columns").GetRawText());
        Assert.Equal("team dashboard", created.GetProperty("owner").GetProperty("name").GetString());
        Assert.Equal(
            """[{"field":"PRODUCT","op":"EXACT","values":["Firefox"],"negate":false,"withinTopFrames":null}]""",
            created.GetProperty("filters").GetRawText());

        var read = await api.PostAsync($"{{ savedSearch(id: \"{id}\") {{ {Fields} }} }}", token: owner);
        Assert.Equal(created.GetRawText(), read.Data.GetProperty("savedSearch").GetRawText());
        var mine = await api.PostAsync("{ savedSearches { id } }", token: owner);
        Assert.Equal($$"""[{"id":"{{id}}"}]""", mine.Data.GetProperty("savedSearches").GetRawText());

        var updated = await api.PostAsync(
            $"mutation {{ updateSavedSearch(id: \"{id}\", input: {{name: \"OOM on Firefox\", window: null}}) "
                + $"{{ {Fields} }} }}",
            token: owner);
        var after = updated.Data.GetProperty("updateSavedSearch");
        Assert.Equal(("OOM on Firefox", JsonValueKind.Null, "signature:~OOM"), (after.GetProperty("name").GetString(),
            after.GetProperty("window").ValueKind, after.GetProperty("search").GetString()));

        var deleted = await api.PostAsync($"mutation {{ deleteSavedSearch(id: \"{id}\") }}", token: owner);
        Assert.True(deleted.Data.GetProperty("deleteSavedSearch").GetBoolean());
        var gone = await api.PostAsync($"{{ savedSearch(id: \"{id}\") {{ id }} }}", token: owner);
        Assert.Equal(JsonValueKind.Null, gone.Data.GetProperty("savedSearch").ValueKind);
    }

    [Fact]
    public async Task Another_owners_private_search_cannot_be_read_changed_deleted_or_run_and_looks_missing()
    {
        var owner = await KeyAsync("write");
        var other = await KeyAsync("write,read-protected");
        var id = (await CreateAsync(api, owner, """{name: "mine", search: "signature:~OOM"}"""))
            .GetProperty("id").GetString()!;
        const string Missing = "aaaaaaaaaaaaaaaaaaaaaaaaaa";
        foreach (var probe in new[] { id, Missing })
        {
            foreach (var token in new[] { other, null })
            {
                var read = await api.PostAsync($"{{ savedSearch(id: \"{probe}\") {{ id crashes {{ totalCount }} }} }}",
                    token: token);
                Assert.Equal(JsonValueKind.Null, read.Data.GetProperty("savedSearch").ValueKind);
                Assert.Empty(read.ErrorMessages);
            }
            var update = await api.PostAsync(
                $"mutation {{ updateSavedSearch(id: \"{probe}\", input: {{name: \"taken\"}}) {{ id }} }}",
                token: other);
            var delete = await api.PostAsync($"mutation {{ deleteSavedSearch(id: \"{probe}\") }}", token: other);
            Assert.Equal(["NOT_FOUND", "NOT_FOUND"], [.. update.ErrorCodes, .. delete.ErrorCodes]);
            Assert.Equal($"No saved search of yours has the id '{probe}'.", update.ErrorMessages.Single());
            var listed = await api.PostAsync("{ savedSearches { id } }", token: other);
            Assert.Equal("[]", listed.Data.GetProperty("savedSearches").GetRawText());
        }
        var still = await api.PostAsync($"{{ savedSearch(id: \"{id}\") {{ name }} }}", token: owner);
        Assert.Equal("mine", still.Data.GetProperty("savedSearch").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_link_search_is_read_by_anyone_with_its_id_but_only_public_ones_are_listed()
    {
        var owner = await KeyAsync("write");
        var link = (await CreateAsync(api, owner, """{name: "by link", search: "platform:Linux", visibility: LINK}"""))
            .GetProperty("id").GetString()!;
        var shared = (await CreateAsync(
                api, owner, """{name: "for all", search: "platform:Linux", visibility: PUBLIC}"""))
            .GetProperty("id").GetString()!;
        var anonymous = await api.PostAsync($"{{ savedSearch(id: \"{link}\") {{ name owner {{ id }} }} }}");
        Assert.Equal("by link", anonymous.Data.GetProperty("savedSearch").GetProperty("name").GetString());
        var listed = await api.PostAsync("{ savedSearches(scope: PUBLIC) { id } }");
        var ids = listed.Data.GetProperty("savedSearches").EnumerateArray()
            .Select(s => s.GetProperty("id").GetString());
        Assert.Contains(shared, ids);
        Assert.DoesNotContain(link, ids);
        var anonymousMine = await api.PostAsync("{ savedSearches(scope: MINE) { id } }");
        Assert.Equal("[]", anonymousMine.Data.GetProperty("savedSearches").GetRawText());
    }

    [Theory]
    [InlineData("nosuchfield:OOM", null)]
    [InlineData("signature:(OOM", null)]
    [InlineData("signature:OOM", "400d")]
    [InlineData("signature:OOM", "soon")]
    public async Task A_search_that_cannot_run_is_refused_with_the_parsers_message(string search, string? window)
    {
        var owner = await KeyAsync("write");
        var windowInput = window is null ? "" : $", window: \"{window}\"";
        var refused = await api.PostAsync(
            $"mutation {{ createSavedSearch(input: {{name: \"bad\", search: {JsonSerializer.Serialize(search)}"
                + $"{windowInput}}}) {{ id }} }}",
            token: owner);
        Assert.Equal(["BAD_QUERY"], refused.ErrorCodes);
        if (window is null)
        {
            var door = await api.PostAsync(
                $"{{ crashes(search: {JsonSerializer.Serialize(search)}) {{ totalCount }} }}");
            Assert.Equal(door.ErrorMessages, refused.ErrorMessages);
        }
        else
        {
            Assert.StartsWith("Input 'window':", refused.ErrorMessages.Single(), StringComparison.Ordinal);
        }
        var mine = await api.PostAsync("{ savedSearches { id } }", token: owner);
        Assert.Equal("[]", mine.Data.GetProperty("savedSearches").GetRawText());
    }

    [Theory]
    [InlineData("read-protected")]
    [InlineData(null)]
    public async Task Saving_changing_and_deleting_need_the_write_scope(string? scopes)
    {
        var token = scopes is null ? null : await KeyAsync(scopes);
        foreach (var mutation in new[]
        {
            """createSavedSearch(input: {name: "x", search: "signature:OOM"}) { id }""",
            """updateSavedSearch(id: "aaaaaaaaaaaaaaaaaaaaaaaaaa", input: {name: "x"}) { id }""",
            """deleteSavedSearch(id: "aaaaaaaaaaaaaaaaaaaaaaaaaa")""",
        })
        {
            var refused = await api.PostAsync($"mutation {{ {mutation} }}", token: token);
            Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        }
    }

    [Fact]
    public async Task The_crashes_of_a_saved_search_are_those_of_the_same_crashes_query()
    {
        var owner = await KeyAsync("write");
        var id = (await CreateAsync(api, owner, """
            {name: "OOM", search: "signature:~OOM", filters: [{field: PRODUCT, values: ["Firefox"]}], window: "2d"}
            """)).GetProperty("id").GetString()!;
        var saved = await api.PostAsync(
            $"{{ savedSearch(id: \"{id}\") {{ crashes(first: 10) {{ totalCount edges {{ node {{ uuid }} }} }} }} }}",
            token: owner);
        var from = SampleCrashes.Now.AddDays(-2).ToString("O");
        var plain = await api.PostAsync($$"""
            { crashes(search: "signature:~OOM", filters: [{field: PRODUCT, values: ["Firefox"]}], from: "{{from}}",
                      first: 10) { totalCount edges { node { uuid } } } }
            """);
        var uuids = saved.Data.GetProperty("savedSearch").GetProperty("crashes").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("uuid").GetString()!).ToList();
        Assert.Equal(["crash-01", "crash-06", "crash-02", "crash-05"], uuids);
        Assert.Equal(plain.Uuids(), uuids);

        var page = await api.PostAsync($$"""
            { savedSearch(id: "{{id}}") { crashes(first: 1, sort: [{field: DATE}]) { edges { node { uuid } } } } }
            """, token: owner);
        Assert.Contains("crash-05", page.Data.GetRawText(), StringComparison.Ordinal);
    }
}
