using System.Text.Json;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Crashes;

/// <summary>Protected fields (url, email, user_comments) are withheld from anonymous callers in every form.</summary>
public sealed class ProtectedFieldTests(SampleApi api) : IClassFixture<SampleApi>
{
    const string Columns = "{ crashes(filters: [{field: UUID, op: EXACT, values: [\"crash-01\"]}]) { errors edges { node { uuid url email userComments signature } } } }";

    [Fact]
    public async Task Anonymous_callers_get_null_protected_fields_with_an_error()
    {
        var result = await api.PostAsync(Columns);
        var node = result.Data.GetProperty("crashes").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(JsonValueKind.Null, node.GetProperty("url").ValueKind);
        Assert.Equal(JsonValueKind.Null, node.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, node.GetProperty("userComments").ValueKind);
        Assert.Equal("OOM | small", node.GetProperty("signature").GetString());
        Assert.All(result.ErrorCodes, code => Assert.Equal("PROTECTED_FIELD", code));
        Assert.Contains(result.ErrorMessages, m => m.Contains("'url'", StringComparison.Ordinal));
        Assert.DoesNotContain(SampleCrashes.ProtectedUrl, result.Body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("url", api.Index.LastQuery!.Columns);
        Assert.False(api.Index.LastQuery.CanReadProtected);
    }

    [Fact]
    public async Task A_configured_token_reveals_protected_fields()
    {
        var result = await api.PostAsync(Columns, token: api.ReaderToken);
        Assert.Empty(result.ErrorMessages);
        var node = result.Data.GetProperty("crashes").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(SampleCrashes.ProtectedUrl, node.GetProperty("url").GetString());
        Assert.Equal("someone@example.com", node.GetProperty("email").GetString());
        Assert.Equal("it crashed while typing", node.GetProperty("userComments").GetString());
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_401_not_served_as_anonymous()
    {
        var result = await api.PostAsync(Columns, token: "not-the-token");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, result.Status);
        Assert.DoesNotContain(SampleCrashes.ProtectedUrl, result.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_filters_facets_and_sorts_on_protected_fields_are_removed_and_reported()
    {
        var result = await api.PostAsync("""
            { crashes(filters: [{field: URL, op: EXISTS}], sort: [{field: EMAIL}]) {
                totalCount errors
                facet(field: URL) { term }
                emails: distinct(field: EMAIL)
                facet2: facet(field: PRODUCT) { term byEmail: facet(field: EMAIL) { term } }
            } }
            """);
        var crashes = result.Data.GetProperty("crashes");
        Assert.Equal(7, crashes.GetProperty("totalCount").GetInt64());
        Assert.Equal(0, crashes.GetProperty("facet").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, crashes.GetProperty("emails").ValueKind);
        Assert.Equal(0, crashes.GetProperty("facet2")[0].GetProperty("byEmail").GetArrayLength());
        var errors = crashes.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(5, errors.Count);
        Assert.Equal(errors, result.ErrorMessages);
        Assert.All(result.ErrorCodes, code => Assert.Equal("PROTECTED_FIELD", code));
        Assert.DoesNotContain("example", result.Body.GetRawText(), StringComparison.Ordinal);
        var query = api.Index.LastQuery!;
        Assert.Null(query.Filter);
        Assert.Empty(query.Sort);
    }

    [Fact]
    public async Task Readers_can_filter_and_facet_on_protected_fields()
    {
        var result = await api.PostAsync(
            "{ crashes(filters: [{field: URL, op: EXISTS}]) { totalCount facet(field: URL) { term count } } }", token: api.ReaderToken);
        Assert.Empty(result.ErrorMessages);
        var crashes = result.Data.GetProperty("crashes");
        Assert.Equal(2, crashes.GetProperty("totalCount").GetInt64());
        Assert.Equal(2, crashes.GetProperty("facet").GetArrayLength());
    }

    [Fact]
    public async Task Free_text_does_not_search_protected_text_for_anonymous_callers()
    {
        var anonymous = await api.PostAsync("{ crashes(search: \"typing\") { totalCount } }");
        var reader = await api.PostAsync("{ crashes(search: \"typing\") { totalCount } }", token: api.ReaderToken);
        Assert.Equal(0, anonymous.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
        Assert.Equal(1, reader.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
    }
}
