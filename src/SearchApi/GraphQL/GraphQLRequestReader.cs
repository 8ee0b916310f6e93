using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// Reads a GraphQL request from a GET query string or a POST JSON body, checking what the GraphQL-over-HTTP draft
/// requires: <c>query</c> a string, <c>operationName</c> a string or null, <c>variables</c> and <c>extensions</c>
/// maps or null, a UTF-8 JSON object body (batched arrays are refused), and a size limit.
/// </summary>
internal static class GraphQLRequestReader
{
    const int ChunkSize = 16 * 1024;

    public static async Task<GraphQLHttpRequest> ReadAsync(HttpRequest http, IGraphQLSerializer serializer, int maxBytes, CancellationToken cancellationToken) =>
        HttpMethods.IsGet(http.Method) ? FromQueryString(http, serializer, maxBytes) : await FromBodyAsync(http, serializer, maxBytes, cancellationToken);

    static GraphQLHttpRequest FromQueryString(HttpRequest http, IGraphQLSerializer serializer, int maxBytes)
    {
        if (http.QueryString.Value?.Length > maxBytes)
            return GraphQLHttpRequest.Fail(StatusCodes.Status414UriTooLong, $"The query string is longer than {maxBytes} bytes; send the request with POST.");
        var query = http.Query["query"];
        if (query.Count != 1 || string.IsNullOrEmpty(query[0]))
            return GraphQLHttpRequest.BadRequest("The request has no 'query' parameter (exactly one is needed).");
        var operationName = http.Query["operationName"].ToString();
        var variables = ParseMapText(http.Query["variables"].ToString(), "variables", serializer, out var problem);
        if (problem is not null)
            return GraphQLHttpRequest.BadRequest(problem);
        var extensions = ParseMapText(http.Query["extensions"].ToString(), "extensions", serializer, out problem);
        if (problem is not null)
            return GraphQLHttpRequest.BadRequest(problem);
        return GraphQLHttpRequest.Read(new GraphQLRequest
        {
            Query = query[0],
            OperationName = operationName.Length == 0 ? null : operationName,
            Variables = variables,
            Extensions = extensions,
        });
    }

    static async Task<GraphQLHttpRequest> FromBodyAsync(HttpRequest http, IGraphQLSerializer serializer, int maxBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType)
            || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
            return GraphQLHttpRequest.Fail(StatusCodes.Status415UnsupportedMediaType, "Send the request as 'Content-Type: application/json'.");
        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return GraphQLHttpRequest.Fail(StatusCodes.Status415UnsupportedMediaType, "The request body must be UTF-8 encoded.");
        if (http.ContentLength > maxBytes)
            return TooLarge(maxBytes);
        var body = await ReadLimitedAsync(http.Body, maxBytes, cancellationToken);
        if (body is null)
            return TooLarge(maxBytes);
        if (body.Length == 0)
            return GraphQLHttpRequest.BadRequest("The request body is empty; send a JSON object with a 'query'.");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return GraphQLHttpRequest.BadRequest($"The request body is not valid JSON: {e.Message}");
        }
        using (document)
            return FromJson(document.RootElement, serializer);
    }

    static GraphQLHttpRequest TooLarge(int maxBytes) =>
        GraphQLHttpRequest.Fail(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");

    static GraphQLHttpRequest FromJson(JsonElement root, IGraphQLSerializer serializer)
    {
        if (root.ValueKind == JsonValueKind.Array)
            return GraphQLHttpRequest.BadRequest("Batched requests (a JSON array) are not supported; send one request per HTTP request.");
        if (root.ValueKind != JsonValueKind.Object)
            return GraphQLHttpRequest.BadRequest("The request body must be a JSON object with a 'query'.");
        if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String || query.GetString() is not { Length: > 0 } text)
            return GraphQLHttpRequest.BadRequest("The request needs a 'query' string.");
        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
                return GraphQLHttpRequest.BadRequest("'operationName' must be a string or null.");
            operationName = name.GetString();
        }
        var variables = ReadMap(root, "variables", serializer, out var problem);
        if (problem is not null)
            return GraphQLHttpRequest.BadRequest(problem);
        var extensions = ReadMap(root, "extensions", serializer, out problem);
        if (problem is not null)
            return GraphQLHttpRequest.BadRequest(problem);
        return GraphQLHttpRequest.Read(new GraphQLRequest { Query = text, OperationName = operationName, Variables = variables, Extensions = extensions });
    }

    static Inputs? ReadMap(JsonElement root, string property, IGraphQLSerializer serializer, out string? problem)
    {
        problem = null;
        if (!root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.Object)
        {
            problem = $"'{property}' must be a JSON object (a map) or null.";
            return null;
        }
        return serializer.ReadNode<Inputs>(value);
    }

    static Inputs? ParseMapText(string text, string parameter, IGraphQLSerializer serializer, out string? problem)
    {
        problem = null;
        if (text.Length == 0)
            return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
                return null;
            if (document.RootElement.ValueKind == JsonValueKind.Object)
                return serializer.ReadNode<Inputs>(document.RootElement);
        }
        catch (JsonException)
        {
            // Reported below with the same message as a non-object value.
        }
        problem = $"The '{parameter}' parameter must be a URL-encoded JSON object.";
        return null;
    }

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    static async Task<byte[]?> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        return buffer.ToArray();
    }
}
