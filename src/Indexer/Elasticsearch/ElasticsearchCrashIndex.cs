using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Semantics;
using Elastic.Clients.Elasticsearch;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// Crashes in an Elasticsearch 9 cluster: weekly indices named as Socorro names them (<c>{prefix}%Y%W</c>), made
/// from an index template generated from the field catalogue, read through the alias <c>{prefix}</c>. Writes are
/// bulk requests (<see cref="ElasticsearchBulkWriter"/>); a commit refreshes the indices, then stores the checkpoint
/// in <c>{prefix}_meta</c>, so a killed worker sends again rather than skips, and sending again is harmless because
/// the uuid is the document id. Searches translate the whole <see cref="CrashQuery"/> into one search request over
/// the weeks of its window. Thread-safe.
/// </summary>
public sealed class ElasticsearchCrashIndex : ICrashIndex
{
    const string CheckpointId = "checkpoint";
    const string Lenient = "ignore_unavailable=true&allow_no_indices=true";

    readonly FieldCatalogue _catalogue;
    readonly ElasticsearchOptions _options;
    readonly ElasticsearchConnection _connection;
    readonly ElasticsearchIndexNames _names;
    readonly ElasticsearchBulkWriter _bulk;
    readonly CrashAnalyzer _analyzer;
    readonly ElasticsearchDocumentWriter _writer;
    readonly ElasticsearchFilterTranslator _filters;
    readonly ElasticsearchAggregations _aggregations;
    readonly int? _retentionWeeks;
    readonly TimeProvider _clock;
    readonly TimeSpan _refreshInterval;
    readonly SemaphoreSlim _commitGate = new(1, 1);
    bool _disposed;

    ElasticsearchCrashIndex(
        ElasticsearchClient client, FieldCatalogue catalogue, ElasticsearchOptions options, CrashIndexSettings settings)
    {
        _catalogue = catalogue;
        _options = options;
        _connection = new ElasticsearchConnection(client, options, settings.Clock);
        _names = new ElasticsearchIndexNames(options.IndexPrefix);
        _bulk = new ElasticsearchBulkWriter(_connection, options);
        _analyzer = new CrashAnalyzer(catalogue);
        _writer = new ElasticsearchDocumentWriter(catalogue, _analyzer);
        _filters = new ElasticsearchFilterTranslator(catalogue, _analyzer);
        _aggregations = new ElasticsearchAggregations(catalogue);
        // Retention is counted in weeks as on Lucene, by the same code (RetentionWindow).
        _retentionWeeks = settings.RetentionWeeks;
        _clock = settings.Clock;
        _refreshInterval = settings.RefreshInterval;
        ReadOnly = settings.ReadOnly;
    }

    /// <summary>Whether this instance only searches (the API following a separate ingest worker).</summary>
    public bool ReadOnly { get; }

    /// <summary>The names of this deployment's indices, alias and template.</summary>
    public ElasticsearchIndexNames Names => _names;

    /// <summary>The client, for tests that serialise with its serializer.</summary>
    public ElasticsearchClient Client => _connection.Client;

    /// <summary>
    /// An index over the cluster the options name; nothing is sent until the first call (see
    /// <see cref="InstallAsync"/>, which a host runs at start). <paramref name="client"/> replaces the one the options
    /// would make (tests give one with a recorded transport).
    /// </summary>
    public static ElasticsearchCrashIndex Open(
        FieldCatalogue catalogue, ElasticsearchOptions options, CrashIndexSettings settings,
            ElasticsearchClient? client = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(settings);
        return new ElasticsearchCrashIndex(client ?? ElasticsearchConnection.CreateClient(options), catalogue,
            options, settings);
    }

    /// <summary>
    /// Installs the index template when the cluster has none or one made from another catalogue, and (writable
    /// instances) the meta index and the current week's index, which puts the read alias in place.
    /// </summary>
    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var template = ElasticsearchIndexTemplate.Build(_catalogue, _options, _refreshInterval);
        using (var installed = await _connection.SendAsync(
            HttpMethod.GET, $"/_index_template/{_names.Template}", null, cancellationToken, allowMissing: true))
        {
            var current = installed?.RootElement.GetProperty("index_templates").EnumerateArray()
                .Select(t => JsonNode.Parse(t.GetProperty("index_template").GetRawText()))
                .FirstOrDefault();
            if (ElasticsearchIndexTemplate.CatalogueHash(current) != ElasticsearchIndexTemplate.CatalogueHash(template))
                await SendAsync(HttpMethod.PUT, $"/_index_template/{_names.Template}", template.ToJsonString(),
                    cancellationToken);
        }
        if (ReadOnly)
            return;
        const string MetaMappings = """{"mappings":{"dynamic":false,"properties":{}}}""";
        await CreateIfMissingAsync(_names.Meta, MetaMappings, cancellationToken);
        await CreateIfMissingAsync(_names.Week(_clock.GetUtcNow()), null, cancellationToken);
    }

    async Task CreateIfMissingAsync(string index, string? body, CancellationToken cancellationToken)
    {
        using var existing = await _connection.SendAsync(HttpMethod.GET, $"/{index}", null, cancellationToken,
            allowMissing: true);
        if (existing is null)
            await SendAsync(HttpMethod.PUT, $"/{index}", body, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CrashIndexStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            using var count = await _connection.SendAsync(HttpMethod.GET, $"/{_names.Alias}/_count?{Lenient}", null,
                cancellationToken);
            var damaged = new List<DamagedPartition>();
            var failed = count!.RootElement.TryGetProperty("_shards", out var shards)
                ? shards.GetProperty("failed").GetInt32()
                : 0;
            if (failed > 0)
                damaged.Add(new DamagedPartition(_names.Alias, $"{failed} shard(s) failed to answer"));
            return new CrashIndexStatus
            {
                Crashes = count.RootElement.GetProperty("count").GetInt64(),
                Damaged = damaged,
                RetentionWeeks = _retentionWeeks,
            };
        }
        catch (ElasticsearchException e)
        {
            // An unreachable cluster is what readiness must report, not an error of the health endpoint.
            return new CrashIndexStatus
            {
                Crashes = 0,
                Damaged = [new DamagedPartition("cluster", e.Message)],
                RetentionWeeks = _retentionWeeks,
            };
        }
    }

    /// <inheritdoc />
    public async Task IndexAsync(IReadOnlyCollection<CrashDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        RequireWritable();
        var indexedAt = _clock.GetUtcNow();
        // Check everything first, as on Lucene: one invalid crash fails the batch before anything is sent.
        var latest = new Dictionary<string, (string, string, JsonObject)>(StringComparer.Ordinal);
        foreach (var crash in documents)
            latest[crash.Uuid] = (_names.Week(crash.Date), crash.Uuid, _writer.Write(crash, indexedAt));
        var refused = await _bulk.WriteAsync([.. latest.Values], cancellationToken);
        if (refused.Count > 0)
            throw new RejectedCrashesException(refused);
    }

    /// <inheritdoc />
    public async Task CommitAsync(IReadOnlyDictionary<string, string>? checkpoint, CancellationToken cancellationToken)
    {
        RequireWritable();
        await _commitGate.WaitAsync(cancellationToken);
        try
        {
            // Every bulk sent before the call has been acknowledged (IndexAsync returns after its answers): a
            // refresh makes it searchable, and only then is the checkpoint moved past it.
            await SendAsync(HttpMethod.POST, $"/{_names.Alias}/_refresh?{Lenient}", null, cancellationToken);
            if (checkpoint is not null)
            {
                var stored = new JsonObject();
                foreach (var (key, value) in checkpoint)
                    stored[key] = value;
                var body = new JsonObject { ["checkpoint"] = stored };
                await SendAsync(HttpMethod.PUT, $"/{_names.Meta}/_doc/{CheckpointId}?refresh=true",
                    body.ToJsonString(), cancellationToken);
            }
            if (RetentionWindow.For(_retentionWeeks, _clock) is { } retention)
                await DeleteWeeksBeforeAsync(retention.Oldest.Start, cancellationToken);
        }
        finally
        {
            _commitGate.Release();
        }
    }

    /// <summary>Retention deletes whole weekly indices: those that end before <paramref name="oldest"/>.</summary>
    async Task DeleteWeeksBeforeAsync(DateTimeOffset oldest, CancellationToken cancellationToken)
    {
        using var aliases = await _connection.SendAsync(HttpMethod.GET, $"/_alias/{_names.Alias}", null,
            cancellationToken, allowMissing: true);
        if (aliases is null)
            return;
        var expired = aliases.RootElement.EnumerateObject()
            .Select(p => p.Name)
            .Where(name => _names.TryParseWeek(name, out var start) && _names.Week(start) == name
                && ElasticsearchIndexNames.WeekStart(start).AddDays(7) <= oldest && start.AddDays(7) <= oldest)
            .ToList();
        if (expired.Count > 0)
            await SendAsync(HttpMethod.DELETE, "/" + string.Join(',', expired), null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var answer = await _connection.SendAsync(
            HttpMethod.GET, $"/{_names.Meta}/_doc/{CheckpointId}", null, cancellationToken, allowMissing: true);
        var checkpoint = new Dictionary<string, string>(StringComparer.Ordinal);
        if (answer is not null && answer.RootElement.TryGetProperty("_source", out var source)
            && source.TryGetProperty("checkpoint", out var stored))
        {
            foreach (var property in stored.EnumerateObject())
                checkpoint[property.Name] = property.Value.GetString() ?? "";
        }
        return checkpoint;
    }

    /// <inheritdoc />
    public async Task<CrashSearchResult> SearchAsync(CrashQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var request = BuildSearch(query);
        if (request.Window.From >= request.Window.To)
            return new CrashSearchResult { Total = 0, Hits = [], Aggregations = [], Errors = request.Errors };
        using var answer = await _connection.SendAsync(
            HttpMethod.POST, $"/{request.Indices}/_search?{Lenient}&typed_keys=true", request.Body.ToJsonString(),
                cancellationToken);
        return ReadSearch(query, request, answer!.RootElement);
    }

    /// <summary>
    /// The search request of a query: where it goes, its body, and the errors known before it is sent.
    /// </summary>
    internal ElasticsearchSearch BuildSearch(CrashQuery query)
    {
        var columns = ColumnChecks.Columns(query, _catalogue);
        var sort = ElasticsearchSort.For(query, _catalogue);
        AggregationChecks.Validate(query.Aggregations, _catalogue, query.CanReadProtected);
        var retention = RetentionWindow.For(_retentionWeeks, _clock);
        var errors = new List<string>(query.Indexed is null ? retention?.Errors(query) ?? [] : []);
        var from = retention?.Start(query.From) ?? query.From;
        var filters = new JsonArray();
        if (query.From > DateTimeOffset.MinValue || query.To < DateTimeOffset.MaxValue)
        {
            var window = new JsonObject();
            if (query.From > DateTimeOffset.MinValue)
                window["gte"] = ElasticsearchDocumentWriter.Date(query.From);
            if (query.To < DateTimeOffset.MaxValue)
                window["lt"] = ElasticsearchDocumentWriter.Date(query.To);
            filters.Add(new JsonObject { ["range"] = new JsonObject { ["date"] = window } });
        }
        if (query.Indexed is { } indexed)
        {
            filters.Add(new JsonObject
            {
                ["range"] = new JsonObject
                {
                    [ElasticsearchFields.Indexed] = new JsonObject
                    {
                        ["gt"] = ElasticsearchDocumentWriter.Date(indexed.After),
                        ["lte"] = ElasticsearchDocumentWriter.Date(indexed.UpTo),
                    },
                },
            });
        }
        if (_filters.Translate(query.Filter, query.CanReadProtected) is { } filter)
            filters.Add(filter);
        var matcher = FrameMatcher.For(query, _catalogue, _analyzer);
        // Only the columns the caller may read leave the cluster, whole values included.
        var source = new JsonArray();
        foreach (var column in columns.Where(c => c.FrameProperty is null))
        {
            source.Add(column.Name);
            source.Add($"{ElasticsearchFields.Whole}.{column.Name}");
        }
        if (query.IncludeFrames || matcher is not null || columns.Any(c => c.FrameProperty is not null))
        {
            source.Add(ElasticsearchFields.Frames);
            source.Add($"{ElasticsearchFields.Whole}.{ElasticsearchFields.Frames}");
        }
        var body = new JsonObject
        {
            ["size"] = query.Size,
            ["track_total_hits"] = true,
            ["query"] = ElasticsearchFilterTranslator.Bool(new JsonObject { ["filter"] = filters }),
            ["sort"] = sort.Request(),
            ["_source"] = new JsonObject { ["includes"] = source },
        };
        if (query.After is { } after)
            body["search_after"] = sort.After(after);
        else if (query.Offset > 0)
            body["from"] = query.Offset;
        if (query.Aggregations.Count > 0)
            body["aggs"] = _aggregations.Request(query.Aggregations);
        var to = query.To;
        var indices = query.Indexed is null ? _names.ForWindow(from, to) : _names.Alias;
        return new ElasticsearchSearch(indices, body, columns, sort, matcher, errors, (from, to));
    }

    CrashSearchResult ReadSearch(CrashQuery query, ElasticsearchSearch request, JsonElement answer)
    {
        var errors = new List<string>(request.Errors);
        if (answer.TryGetProperty("timed_out", out var timedOut) && timedOut.ValueKind == JsonValueKind.True)
            errors.Add("the search timed out on some shards: the results are partial");
        if (answer.TryGetProperty("_shards", out var shards) && shards.TryGetProperty("failures", out var failures))
        {
            foreach (var failure in failures.EnumerateArray())
            {
                var index = failure.TryGetProperty("index", out var i) ? i.GetString() : "?";
                var shard = failure.TryGetProperty("shard", out var s) ? s.ToString() : "?";
                var reason = failure.TryGetProperty("reason", out var r) ? r : default;
                var type = ElasticsearchConnection.Text(reason, "type");
                var message = ElasticsearchConnection.Text(reason, "reason");
                errors.Add($"shard {shard} of index {index} failed and was not searched: {type}: {message}");
            }
        }
        var hits = answer.GetProperty("hits");
        return new CrashSearchResult
        {
            Total = hits.GetProperty("total").GetProperty("value").GetInt64(),
            Hits = ElasticsearchHitReader.Read(hits.GetProperty("hits"), query, request.Columns, request.Sort,
                request.Matcher, _catalogue),
            Aggregations = query.Aggregations.Count == 0
                ? []
                : _aggregations.Read(query.Aggregations, Property(answer, "aggregations")),
            Errors = errors,
        };
    }

    static JsonElement Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : default;

    async Task SendAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken)
    {
        using var _ = await _connection.SendAsync(method, path, body, cancellationToken);
    }

    void RequireWritable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (ReadOnly)
            throw new InvalidOperationException("This crash index was opened read-only.");
    }

    /// <summary>Releases the analysers; the cluster keeps everything acknowledged.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _analyzer.Dispose();
        _commitGate.Dispose();
    }
}
