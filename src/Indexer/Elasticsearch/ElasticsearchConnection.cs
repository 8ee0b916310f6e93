using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using CrashSearch.Indexer.Queries;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// Requests to the cluster through the official client's transport (its node pool, authentication and product
/// check), with bodies this backend builds as JSON. Answers 429 and 5xx, and requests that get no answer, are
/// retried with doubling back-off up to <see cref="ElasticsearchOptions.MaxRetries"/> times; a 400 about the query
/// becomes the same <see cref="InvalidQueryException"/> a front door turns into a 400 on Lucene.
/// </summary>
internal sealed class ElasticsearchConnection(ElasticsearchClient client, ElasticsearchOptions options,
    TimeProvider clock)
{
    public ElasticsearchClient Client => client;

    /// <summary>A client for the options: every node, the credentials, the request timeout.</summary>
    public static ElasticsearchClient CreateClient(ElasticsearchOptions options, IRequestInvoker? invoker = null)
    {
        var nodes = options.Nodes();
        // The client owns the pool and the settings (its HTTP connections) for the life of the process.
#pragma warning disable CA2000
        NodePool pool = nodes.Count == 1 ? new SingleNodePool(nodes[0]) : new StaticNodePool(nodes);
        var settings = invoker is null ? new ElasticsearchClientSettings(pool)
            : new ElasticsearchClientSettings(pool, invoker);
#pragma warning restore CA2000
        settings.RequestTimeout(options.RequestTimeout);
        // Retries are ours (with back-off, on 429 too); the transport only moves to the next node.
        settings.MaximumRetries(Math.Max(0, nodes.Count - 1));
        if (!string.IsNullOrEmpty(options.ApiKey))
            settings.Authentication(new ApiKey(options.ApiKey));
        else if (!string.IsNullOrEmpty(options.Username))
            settings.Authentication(new BasicAuthentication(options.Username, options.Password!));
        return new ElasticsearchClient(settings);
    }

    /// <summary>
    /// Sends a request; returns the answer's JSON, or null for a 404 when <paramref name="allowMissing"/>.
    /// </summary>
    public async Task<JsonDocument?> SendAsync(
        HttpMethod method, string path, string? body, CancellationToken cancellationToken, bool allowMissing = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = body is null
                ? await client.Transport.RequestAsync<StringResponse>(method, path, cancellationToken)
                : await client.Transport.RequestAsync<StringResponse>(method, path, PostData.String(body),
                    cancellationToken);
            var status = response.ApiCallDetails.HttpStatusCode;
            if (response.ApiCallDetails.HasSuccessfulStatusCode)
                return JsonDocument.Parse(string.IsNullOrEmpty(response.Body) ? "{}" : response.Body);
            if (status == 404 && allowMissing)
                return null;
            var retriable = status is null or 429 or >= 500;
            if (!retriable || attempt >= options.MaxRetries)
                throw Failure(method, path, status, response);
            cancellationToken.ThrowIfCancellationRequested();
            await DelayAsync(attempt, cancellationToken);
        }
    }

    /// <summary>Waits before retry <paramref name="attempt"/> + 1: the first delay, doubled each time.</summary>
    public Task DelayAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(options.RetryDelay * Math.Pow(2, Math.Min(attempt, 10)), clock, cancellationToken);

    static Exception Failure(HttpMethod method, string path, int? status, StringResponse response)
    {
        var (type, reason) = ServerError(response.Body);
        if (status == 400 && path.Contains("/_search", StringComparison.Ordinal))
            return QueryError(type, reason);
        if (status is null)
        {
            return new ElasticsearchException(
                $"Elasticsearch did not answer {method} {path}: {response.ApiCallDetails.OriginalException?.Message}",
                null, response.ApiCallDetails.OriginalException);
        }
        return new ElasticsearchException($"Elasticsearch answered {status} to {method} {path}: {type}: {reason}",
            status);
    }

    /// <summary>A refused query in the words the Lucene backend uses for the same fault.</summary>
    static InvalidQueryException QueryError(string type, string reason) => type switch
    {
        _ when type.Contains("too_complex", StringComparison.Ordinal) =>
            new InvalidQueryException("filter", $"The query is too complex to run: {reason}"),
        _ when type.Contains("too_many_clauses", StringComparison.Ordinal)
            || type.Contains("too_many_nested_clauses", StringComparison.Ordinal) =>
            new InvalidQueryException("filter", $"The filter has too many alternatives or conditions: {reason}"),
        _ => new InvalidQueryException("filter", $"The query cannot be answered: {type}: {reason}"),
    };

    /// <summary>The root cause of an error answer (its type and reason), or the body itself when it has none.</summary>
    public static (string Type, string Reason) ServerError(string? body)
    {
        try
        {
            using var document = JsonDocument.Parse(body ?? "");
            if (!document.RootElement.TryGetProperty("error", out var error))
                return ("error", body ?? "");
            if (error.ValueKind == JsonValueKind.String)
                return ("error", error.GetString()!);
            var hasCause = error.TryGetProperty("root_cause", out var causes) && causes.GetArrayLength() > 0;
            var cause = hasCause ? causes[0] : error;
            return (Text(cause, "type"), Text(cause, "reason"));
        }
        catch (JsonException)
        {
            return ("error", body ?? "");
        }
    }

    public static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : "";
}
