using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// Sends documents in bulk requests of at most <see cref="ElasticsearchOptions.BulkSize"/> crashes, at most
/// <see cref="ElasticsearchOptions.BulkConcurrency"/> at once. The uuid is the document id, so sending a crash again
/// replaces it. Items are judged one by one: those answered 429 or 5xx are sent again with back-off; those refused
/// otherwise (a mapping error) are returned with the server's reason, and the rest of the batch stands.
/// </summary>
internal sealed class ElasticsearchBulkWriter(ElasticsearchConnection connection, ElasticsearchOptions options)
{
    /// <summary>Writes every document; returns the refused ones with the server's reason, by uuid.</summary>
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(
        IReadOnlyList<(string Index, string Id, JsonObject Source)> documents, CancellationToken cancellationToken)
    {
        var refused = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var chunks = documents.Chunk(options.BulkSize);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.BulkConcurrency,
            CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(chunks, parallel, async (chunk, token) =>
        {
            foreach (var (id, reason) in await WriteChunkAsync(chunk, token))
                refused[id] = reason;
        });
        return refused;
    }

    async Task<Dictionary<string, string>> WriteChunkAsync(
        IReadOnlyList<(string Index, string Id, JsonObject Source)> chunk, CancellationToken cancellationToken)
    {
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = chunk;
        for (var attempt = 0; ; attempt++)
        {
            using var answer = await connection.SendAsync(HttpMethod.POST, "/_bulk", Body(pending), cancellationToken);
            var again = new List<(string Index, string Id, JsonObject Source)>();
            var lastReason = "";
            if (answer!.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.True)
            {
                var byId = pending.ToDictionary(d => d.Id, StringComparer.Ordinal);
                foreach (var item in answer.RootElement.GetProperty("items").EnumerateArray())
                {
                    var result = item.EnumerateObject().First().Value;
                    var status = result.GetProperty("status").GetInt32();
                    if (status is >= 200 and < 300)
                        continue;
                    var id = result.GetProperty("_id").GetString()!;
                    var reason = Reason(result);
                    if (status == 429 || status >= 500)
                    {
                        again.Add(byId[id]);
                        lastReason = reason;
                    }
                    else
                    {
                        refused[id] = reason;
                    }
                }
            }
            if (again.Count == 0)
                return refused;
            if (attempt >= options.MaxRetries)
            {
                throw new ElasticsearchException(
                    $"Elasticsearch kept refusing {again.Count} crash(es) after {options.MaxRetries} retries: "
                    + lastReason);
            }
            await connection.DelayAsync(attempt, cancellationToken);
            pending = again;
        }
    }

    /// <summary>The NDJSON body: an action line and a source line per document.</summary>
    public static string Body(IEnumerable<(string Index, string Id, JsonObject Source)> documents)
    {
        var body = new StringBuilder();
        foreach (var (index, id, source) in documents)
        {
            body.Append(new JsonObject { ["index"] = new JsonObject { ["_index"] = index,
                ["_id"] = id } }.ToJsonString());
            body.Append('\n');
            body.Append(source.ToJsonString());
            body.Append('\n');
        }
        return body.ToString();
    }

    static string Reason(JsonElement result)
    {
        if (!result.TryGetProperty("error", out var error))
            return "refused without a reason";
        var type = error.TryGetProperty("type", out var t) ? t.GetString() : "error";
        var reason = error.TryGetProperty("reason", out var r) ? r.GetString() ?? "" : "";
        // The server may quote the value it could not parse, which can be protected data: the reason is logged.
        var preview = reason.IndexOf("Preview of field's value", StringComparison.Ordinal);
        if (preview >= 0)
            reason = reason[..preview].TrimEnd(' ', '.') + " (the value is not repeated here)";
        return $"{type}: {reason}";
    }
}
