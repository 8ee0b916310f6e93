using System.Net;
using CrashSearch.SearchApi.Tests.FrontDoors;
using CrashSearch.SearchApi.Tests.Support;
using static CrashSearch.SearchApi.Tests.FrontDoors.MarkedCrashesApi;

namespace CrashSearch.SearchApi.Tests.SavedSearches;

/// <summary>
/// A PUBLIC search saved by a key that reads protected fields, over protected fields, run by viewers without the
/// right: the marker the protected fields hold never reaches them, through GraphQL or SuperSearch.
/// </summary>
public sealed class SavedSearchPrivacyTests(MarkedCrashesApi api) : IClassFixture<MarkedCrashesApi>
{
    async Task<string> SaveAsync()
    {
        var owner = await TestKeys.CreateAsync(api.Services, "write,read-protected");
        var result = await GraphQLRequests.PostAsync(api.Client, """
            mutation { createSavedSearch(input: {name: "leaky", search: "url:~leak", visibility: PUBLIC,
              filters: [{field: EMAIL, op: EXISTS}], columns: [UUID, URL, EMAIL, USER_COMMENTS],
              facets: [EMAIL, URL]}) { id } }
            """, token: owner);
        return result.Data.GetProperty("createSavedSearch").GetProperty("id").GetString()!;
    }

    async Task<(HttpStatusCode Status, string Body)> GetAsync(string pathAndQuery, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_shared_search_never_shows_protected_values_to_a_viewer_without_read_protected()
    {
        var id = await SaveAsync();
        foreach (var viewer in new[] { null, api.Keys.Read, api.Keys.Write })
        {
            var graphQL = await GraphQLRequests.PostAsync(api.Client, $$"""
                { savedSearch(id: "{{id}}") { search crashes { totalCount errors edges { node { uuid signature } } }
                  withFields: crashes { edges { node { uuid url email userComments } } } } }
                """, token: viewer);
            Assert.DoesNotContain(Marker, graphQL.Body.GetRawText(), StringComparison.Ordinal);
            var (status, superSearch) = await GetAsync($"/api/SuperSearch?_saved={id}", viewer);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain(Marker, superSearch, StringComparison.Ordinal);
            Assert.Contains("requires the read-protected permission", superSearch, StringComparison.Ordinal);
        }
        var (refused, _) = await GetAsync($"/api/SuperSearchUnredacted?_saved={id}", api.Keys.Read);
        Assert.Equal(HttpStatusCode.Forbidden, refused);
    }

    [Fact]
    public async Task A_viewer_with_read_protected_sees_them_through_the_same_search()
    {
        var id = await SaveAsync();
        var (status, body) = await GetAsync($"/api/SuperSearchUnredacted?_saved={id}", api.Keys.ReadProtected);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Marker, body, StringComparison.Ordinal);
        Assert.Contains("\"total\":2", body, StringComparison.Ordinal);
        var graphQL = await GraphQLRequests.PostAsync(api.Client,
            $$"""{ savedSearch(id: "{{id}}") { crashes { totalCount edges { node { url } } } } }""",
            token: api.Keys.ReadProtected);
        Assert.Contains(Marker, graphQL.Body.GetRawText(), StringComparison.Ordinal);
    }
}
