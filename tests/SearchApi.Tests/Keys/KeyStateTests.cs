using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Tests.FrontDoors;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Keys;

/// <summary>
/// Every key state (none, unknown, expired, revoked, wrong scope, right scope) at every door, through the real host:
/// GraphQL crashes and protected fields, /api/SuperSearch, /api/SuperSearchUnredacted and the admin mutations.
/// </summary>
public sealed class KeyStateTests(MarkedCrashesApi open, ClosedMarkedCrashesApi closed)
    : IClassFixture<MarkedCrashesApi>, IClassFixture<ClosedMarkedCrashesApi>
{
    const string Marker = MarkedCrashesApi.Marker;

    public static TheoryData<string> States() => new(CallerKeys.States);

    [Theory]
    [MemberData(nameof(States))]
    public async Task GraphQL_crashes_need_the_read_scope_when_anonymous_reading_is_off(string state)
    {
        var api = closed.Api;
        var key = api.Keys.For(state, ApiKeyScopes.Read, ApiKeyScopes.Write);
        var answer = await PostGraphQLAsync(api.Client, "{ crashes { totalCount } }", key);
        if (state == "right scope")
            Assert.Equal(3, TotalCount(answer));
        else if (state == "wrong scope")
            AssertForbiddenInGraphQL(answer, "crashes", ApiKeyScopes.Read);
        else
            AssertUnauthorized(answer);
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task SuperSearch_needs_the_read_scope_when_anonymous_reading_is_off(string state)
    {
        var api = closed.Api;
        var key = api.Keys.For(state, ApiKeyScopes.Read, ApiKeyScopes.Write);
        var answer = await GetAsync(api.Client, "/api/SuperSearch?_columns=uuid", key);
        if (state == "right scope")
            Assert.Equal(3, answer.Json.GetProperty("total").GetInt32());
        else if (state == "wrong scope")
        {
            Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
            Assert.Contains("'read' scope", answer.Json.GetProperty("error").GetString(), StringComparison.Ordinal);
        }
        else
            AssertUnauthorized(answer);
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task SuperSearchFields_needs_the_read_scope_when_anonymous_reading_is_off(string state)
    {
        var api = closed.Api;
        var key = api.Keys.For(state, ApiKeyScopes.Read, ApiKeyScopes.Write);
        var answer = await GetAsync(api.Client, "/api/SuperSearchFields", key);
        if (state == "right scope")
            Assert.Equal("url", answer.Json.GetProperty("url").GetProperty("name").GetString());
        else if (state == "wrong scope")
            Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        else
            AssertUnauthorized(answer);
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task SuperSearchUnredacted_needs_the_read_protected_scope(string state)
    {
        var api = open;
        var answer = await GetAsync(api.Client, "/api/SuperSearchUnredacted?_columns=uuid&_columns=url",
            api.Keys.For(state, ApiKeyScopes.ReadProtected, ApiKeyScopes.Read));
        if (state == "right scope")
        {
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Contains(Marker, answer.Body, StringComparison.Ordinal);
        }
        else if (CallerKeys.IsRefusedKey(state))
            AssertUnauthorized(answer);
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
            Assert.DoesNotContain(Marker, answer.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task Protected_GraphQL_fields_need_the_read_protected_scope(string state)
    {
        var api = open;
        var answer = await PostGraphQLAsync(api.Client, "{ crash(uuid: \"leak-1\") { uuid url email userComments } }",
            api.Keys.For(state, ApiKeyScopes.ReadProtected, ApiKeyScopes.Read));
        if (CallerKeys.IsRefusedKey(state))
        {
            AssertUnauthorized(answer);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var crash = answer.Json.GetProperty("data").GetProperty("crash");
        Assert.Equal("leak-1", crash.GetProperty("uuid").GetString());
        if (state == "right scope")
            Assert.Contains(Marker, crash.GetProperty("url").GetString(), StringComparison.Ordinal);
        else
        {
            Assert.Equal(JsonValueKind.Null, crash.GetProperty("url").ValueKind);
            Assert.Contains("PROTECTED_FIELD", answer.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(Marker, answer.Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task The_admin_mutations_need_the_admin_scope(string state)
    {
        var api = open;
        var answer = await PostGraphQLAsync(api.Client,
            "mutation { createApiKey(input: {name: \"made by a test\", scopes: [\"read\"], expiresIn: \"30d\"}) "
                + "{ key apiKey { id name scopes state expiresAt } } }",
            api.Keys.For(state, ApiKeyScopes.Admin, ApiKeyScopes.ReadProtected));
        if (state == "right scope")
        {
            var created = answer.Json.GetProperty("data").GetProperty("createApiKey");
            Assert.Equal("active", created.GetProperty("apiKey").GetProperty("state").GetString());
            var madeKey = created.GetProperty("key").GetString();
            var search = await GetAsync(api.Client, "/api/SuperSearchUnredacted", madeKey);
            Assert.Equal(HttpStatusCode.Forbidden, search.Status);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(api.Client, "/api/SuperSearch", madeKey)).Status);
        }
        else if (CallerKeys.IsRefusedKey(state))
            AssertUnauthorized(answer);
        else
            AssertForbiddenInGraphQL(answer, "createApiKey", ApiKeyScopes.Admin);
    }

    [Fact]
    public async Task An_admin_lists_keys_without_their_secrets_and_a_revoked_key_gets_401_at_once()
    {
        var api = open;
        var created = await PostGraphQLAsync(api.Client,
            "mutation { createApiKey(input: {name: \"to revoke\", scopes: [\"read-protected\"]}) "
                + "{ key apiKey { id } } }",
            api.Keys.Admin);
        var answer = created.Json.GetProperty("data").GetProperty("createApiKey");
        var secret = answer.GetProperty("key").GetString()!;
        var id = answer.GetProperty("apiKey").GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(api.Client, "/api/SuperSearchUnredacted", secret)).Status);

        var list = await PostGraphQLAsync(api.Client, "{ apiKeys { id name scopes state lastUsedAt } }",
            api.Keys.Admin);
        var listed = list.Json.GetProperty("data").GetProperty("apiKeys").EnumerateArray();
        Assert.Contains(listed, k => k.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(secret, list.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Keys.Admin, list.Body, StringComparison.Ordinal);

        var revoked = await PostGraphQLAsync(api.Client, $"mutation {{ revokeApiKey(id: \"{id}\") }}", api.Keys.Admin);
        Assert.True(revoked.Json.GetProperty("data").GetProperty("revokeApiKey").GetBoolean());
        AssertUnauthorized(await GetAsync(api.Client, "/api/SuperSearchUnredacted", secret));
    }

    [Fact]
    public async Task A_bad_scope_in_createApiKey_is_a_BAD_INPUT_error_naming_it()
    {
        var answer = await PostGraphQLAsync(open.Client,
            "mutation { createApiKey(input: {name: \"x\", scopes: [\"superuser\"]}) { key } }", open.Keys.Admin);
        Assert.Contains("BAD_INPUT", answer.Body, StringComparison.Ordinal);
        Assert.Contains("superuser", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_anonymous_reading_is_on_a_key_without_read_still_reads_public_fields()
    {
        var answer = await PostGraphQLAsync(open.Client, "{ crashes { totalCount } }", open.Keys.Write);
        Assert.Equal(3, TotalCount(answer));
    }

    [Fact]
    public async Task A_key_is_accepted_as_a_bearer_token_on_SuperSearch_and_Auth_Token_is_not_accepted_on_GraphQL()
    {
        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/api/SuperSearchUnredacted?_columns=url");
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", open.Keys.ReadProtected);
        using var bearerResponse = await open.Client.SendAsync(bearer, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, bearerResponse.StatusCode);

        using var socorro = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "{ crash(uuid: \"leak-1\") { url } }" }),
        };
        socorro.Headers.Add(CallerPermissionsResolver.TokenHeader, open.Keys.ReadProtected);
        using var socorroResponse = await open.Client.SendAsync(socorro, TestContext.Current.CancellationToken);
        var body = await socorroResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Marker, body, StringComparison.Ordinal);
    }

    static int TotalCount(Answer answer) =>
        answer.Json.GetProperty("data").GetProperty("crashes").GetProperty("totalCount").GetInt32();

    static void AssertUnauthorized(Answer answer)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.StartsWith("Bearer", answer.Challenge, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, answer.Body, StringComparison.Ordinal);
    }

    static void AssertForbiddenInGraphQL(Answer answer, string field, string scope)
    {
        Assert.False(answer.Json.TryGetProperty("data", out _), answer.Body);
        var error = answer.Json.GetProperty("errors")[0];
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"'{field}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains($"'{scope}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    static async Task<Answer> PostGraphQLAsync(HttpClient client, string query, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query }),
        };
        request.Headers.Accept.ParseAdd("application/json");
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await SendAsync(client, request);
    }

    /// <summary>A GET the way Socorro clients send keys: in the Auth-Token header.</summary>
    static async Task<Answer> GetAsync(HttpClient client, string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
            request.Headers.Add(CallerPermissionsResolver.TokenHeader, key);
        return await SendAsync(client, request);
    }

    static async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new Answer(response.StatusCode, body, response.Headers.WwwAuthenticate.ToString());
    }

    sealed record Answer(HttpStatusCode Status, string Body, string Challenge)
    {
        public JsonElement Json => JsonDocument.Parse(Body.Length == 0 ? "{}" : Body).RootElement.Clone();
    }
}
