using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.GraphQL;

/// <summary>The transport rules of the GraphQL-over-HTTP draft.</summary>
public sealed class GraphQLOverHttpTests(SampleApi api) : IClassFixture<SampleApi>
{
    const string TotalQuery = "{ crashes { totalCount } }";

    static HttpRequestMessage Post(string body, string contentType = "application/json", string? accept = GraphQLRequests.ResponseMediaType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    [Fact]
    public async Task A_POST_answers_with_graphql_response_json()
    {
        var result = await api.PostAsync(TotalQuery);
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/graphql-response+json", result.MediaType);
        Assert.Equal(7, result.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task A_GET_answers_queries()
    {
        var result = await GraphQLRequests.GetAsync(api.Client, TotalQuery);
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(7, result.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    public async Task Legacy_clients_get_application_json(string? accept)
    {
        using var request = Post($$"""{"query": "{{TotalQuery}}"}""", accept: accept);
        var result = await GraphQLRequests.SendAsync(api.Client, request);
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("application/json", result.MediaType);
    }

    [Fact]
    public async Task A_client_that_accepts_neither_format_gets_406()
    {
        using var request = Post($$"""{"query": "{{TotalQuery}}"}""", accept: "text/csv");
        var result = await GraphQLRequests.SendAsync(api.Client, request);
        Assert.Equal(HttpStatusCode.NotAcceptable, result.Status);
    }

    [Fact]
    public async Task A_syntax_error_is_400_without_data()
    {
        var result = await api.PostAsync("{ crashes { totalCount ");
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.False(result.Body.TryGetProperty("data", out _));
        Assert.Equal(["SYNTAX_ERROR"], result.ErrorCodes);
    }

    [Fact]
    public async Task A_syntax_error_is_200_for_legacy_clients()
    {
        using var request = Post("""{"query": "{ crashes { "}""", accept: "application/json");
        var result = await GraphQLRequests.SendAsync(api.Client, request);
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.NotEmpty(result.ErrorMessages);
    }

    [Fact]
    public async Task An_unknown_field_is_a_400_validation_error()
    {
        var result = await api.PostAsync("{ crashes { nonsense } }");
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405_with_allow_POST()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { x }"));
        request.Headers.Accept.ParseAdd(GraphQLRequests.ResponseMediaType);
        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var response = await api.Client.PutAsync("/graphql", new StringContent("{}"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("""[{"query": "{ crashes { totalCount } }"}]""", "Batched")]
    [InlineData("""{"qeury": "{ crashes { totalCount } }"}""", "'query'")]
    [InlineData("""{"query": 5}""", "'query'")]
    [InlineData("""{"query": "{ crashes { totalCount } }", "variables": "x"}""", "'variables'")]
    [InlineData("""{"query": "{ crashes { totalCount } }", "operationName": 1}""", "'operationName'")]
    [InlineData("""{ "not json""", "not valid JSON")]
    [InlineData("", "empty")]
    public async Task A_malformed_request_is_400(string body, string explanation)
    {
        using var request = Post(body);
        var result = await GraphQLRequests.SendAsync(api.Client, request);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["BAD_REQUEST"], result.ErrorCodes);
        Assert.Contains(explanation, result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var request = Post(TotalQuery, contentType: "text/plain");
        var result = await GraphQLRequests.SendAsync(api.Client, request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, result.Status);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413()
    {
        var padding = new string(' ', 200_000);
        using var request = Post($$"""{"query": "{{TotalQuery}}{{padding}}"}""");
        var result = await GraphQLRequests.SendAsync(api.Client, request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
    }

    [Fact]
    public async Task Operation_names_select_the_operation()
    {
        using var request = Post("""{"query": "query A { fields { name } } query B { crashes { totalCount } }", "operationName": "B"}""");
        var result = await GraphQLRequests.SendAsync(api.Client, request);
        Assert.Equal(7, result.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task A_browser_opening_the_endpoint_is_sent_to_GraphiQL()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/graphiql", response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Introspection_as_deep_as_GraphiQL_s_is_allowed()
    {
        var ofType = "name";
        for (var i = 0; i < 12; i++)
            ofType = $"name ofType {{ {ofType} }}";
        var result = await api.PostAsync($"{{ __schema {{ types {{ fields {{ type {{ {ofType} }} }} }} }} }}");
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Empty(result.ErrorMessages);
    }
}
