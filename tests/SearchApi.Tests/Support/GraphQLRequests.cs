using System.Net.Http.Json;
using System.Text.Json;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>Sends GraphQL requests the way a dashboard would.</summary>
public static class GraphQLRequests
{
    public const string ResponseMediaType = "application/graphql-response+json";

    public static async Task<GraphQLResult> PostAsync(HttpClient client, string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd(ResponseMediaType);
        if (token is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResult> GetAsync(HttpClient client, string query, string accept = ResponseMediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResult> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return new GraphQLResult(response.StatusCode, response.Content.Headers.ContentType?.MediaType, document.RootElement.Clone());
    }
}
