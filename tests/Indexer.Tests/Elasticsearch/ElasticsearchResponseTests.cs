using System.Text;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Elasticsearch;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using static CrashSearch.Indexer.Tests.Elasticsearch.ElasticsearchTestIndex;

namespace CrashSearch.Indexer.Tests.Elasticsearch;

/// <summary>
/// The Elasticsearch backend over real HTTP against recorded answers (<see cref="ElasticsearchRecorder"/>, which
/// sends <c>X-Elastic-Product: Elasticsearch</c>): hits, cursors, matched frames and typed-keys aggregations read
/// back; shard failures, timeouts and refused queries; bulk writes that fail in part, answers 429 and 5xx retried;
/// the checkpoint, the template installation and readiness.
/// </summary>
public sealed class ElasticsearchResponseTests : IDisposable
{
    static readonly CrashDocumentBuilder Builder = new(FieldCatalogue.Default);

    readonly ElasticsearchRecorder _cluster = new();

    public void Dispose() => _cluster.Dispose();

    static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    ElasticsearchCrashIndex Index(Action<ElasticsearchOptions>? configure = null)
    {
        var options = Options(_cluster.Url);
        configure?.Invoke(options);
        return Open(options);
    }

    static CrashDocument Crash(string uuid, string extra = "") => Builder.Build(Encoding.UTF8.GetBytes(
        $$"""{"uuid":"{{uuid}}","date_processed":"2026-11-19T10:00:00+00:00","product":"Firefox"{{extra}}}"""));

    static CrashQuery Query(QueryNode? filter = null) => new()
    {
        Filter = filter,
        From = Now.AddDays(-7),
        To = Now,
        Size = 10,
    };

    const string TwoHits = """
        {"took":5,"timed_out":false,"_shards":{"total":2,"successful":2,"skipped":0,"failed":0},
         "hits":{"total":{"value":2,"relation":"eq"},"max_score":null,"hits":[
           {"_index":"socorro202646","_id":"crash-a","_score":null,
            "_source":{"uuid":"crash-a","date":"2026-11-19T10:00:00.000Z","product":"Firefox","uptime":42,
              "@frames":[{"i":0,"function":"memcpy","module":"libc.so","@words":{}},
                         {"i":1,"function":"nsThread::ProcessNextEvent","module":"xul.dll","@words":{}}]},
            "sort":[1795082400000,"crash-a"]},
           {"_index":"socorro202646","_id":"crash-b","_score":null,
            "_source":{"uuid":"crash-b","date":"2026-11-19T09:00:00.000Z","product":"Fenix"},
            "sort":[1795078800000,"crash-b"]}]},
         "aggregations":{
           "sterms#a0":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
             {"key":"Fenix","doc_count":1,"cardinality#a0":{"value":1}},
             {"key":"Firefox","doc_count":1,"cardinality#a0":{"value":1}}]},
           "date_histogram#a1":{"buckets":[{"key_as_string":"2026-11-19T00:00:00.000Z","key":1795046400000,"doc_count":2}]},
           "lterms#a2":{"buckets":[{"key":0,"key_as_string":"false","doc_count":2}]}}}
        """;

    [Fact]
    public async Task Hits_cursors_matched_frames_and_typed_keys_aggregations_are_read_from_the_answer()
    {
        _cluster.On("POST", "/socorro202645,socorro202646/_search", 200, TwoHits);
        using var index = Index();
        var result = await index.SearchAsync(Query(new FieldPredicate("function", PredicateOperator.Match,
            "nsThread")) with
        {
            Columns = ["uuid", "date", "product", "uptime"],
            IncludeFrames = true,
            Aggregations =
            [
                new TermsAggregation("product", "product", 10, [new CardinalityAggregation("installs",
                    "install_time")]),
                new HistogramAggregation("histogram_date", "date",
                    new HistogramInterval { Unit = CalendarUnit.Day }, []),
                new TermsAggregation("startup_crash", "startup_crash", 2, []),
            ],
        }, Cancellation);

        Assert.Equal(
            ["POST /socorro202645,socorro202646/_search?ignore_unavailable=true&allow_no_indices=true&typed_keys=true"],
            _cluster.Lines);
        Assert.Equal(2, result.Total);
        var first = result.Hits[0];
        Assert.Equal("crash-a", first.Uuid);
        Assert.Equal([42L], first.Fields["uptime"]);
        Assert.Equal([new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.Zero)], first.Fields["date"]);
        Assert.Equal(["1795082400000"], first.Cursor.SortValues);
        Assert.Equal("crash-a", first.Cursor.Uuid);
        Assert.Equal(["memcpy", "nsThread::ProcessNextEvent"], first.Frames.Select(f => f.Function));
        Assert.Equal([1], first.MatchedFrames);
        Assert.Empty(result.Hits[1].Frames);
        Assert.Equal([], result.Hits[1].MatchedFrames);
        var product = result.Aggregations[0];
        Assert.Equal(["Fenix", "Firefox"], product.Buckets.Select(b => b.Key));
        Assert.False(product.Buckets[0].Children[0].Exact);
        Assert.Equal(1, product.Buckets[0].Children[0].Value);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 0, 0, 0, TimeSpan.Zero), result.Aggregations[1].Buckets[0].Key);
        Assert.Equal(false, result.Aggregations[2].Buckets[0].Key);
        Assert.Empty(result.Errors);
    }

    /// <summary>A search answer without hits, with these typed-keys aggregations.</summary>
    static string Aggregations(long total, string aggregations) => $$"""
        {"took":4,"timed_out":false,"_shards":{"total":2,"successful":2,"skipped":0,"failed":0},
         "hits":{"total":{"value":{{total}},"relation":"eq"},"max_score":null,"hits":[]},
         "aggregations":
        """ + "{" + aggregations + "}}";

    [Fact]
    public async Task The_missing_bucket_comes_after_the_top_terms_with_its_children_and_is_left_out_when_empty()
    {
        _cluster.On("POST", "/socorro", 200, Aggregations(9, """
            "sterms#a0":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[
              {"key":"Firefox","doc_count":5,
               "sterms#a0":{"buckets":[{"key":"120.0","doc_count":4,"cardinality#a0":{"value":3}}]},
               "missing#a0m":{"doc_count":1,"cardinality#a0":{"value":1}}},
              {"key":"Fenix","doc_count":1,
               "sterms#a0":{"buckets":[{"key":"121.0","doc_count":1,"cardinality#a0":{"value":1}}]},
               "missing#a0m":{"doc_count":0,"cardinality#a0":{"value":0}}}]},
            "missing#a0m":{"doc_count":3,
              "sterms#a0":{"buckets":[{"key":"120.0","doc_count":2,"cardinality#a0":{"value":2}}]},
              "missing#a0m":{"doc_count":1,"cardinality#a0":{"value":1}}},
            "lterms#a1":{"buckets":[{"key":0,"key_as_string":"false","doc_count":9}]},
            "missing#a1m":{"doc_count":0}
            """));
        using var index = Index();
        var version = new TermsAggregation("version", "version", 1, [new CardinalityAggregation("installs",
            "install_time")]) { IncludeMissing = true };
        var result = await index.SearchAsync(Query() with
        {
            Size = 0,
            Aggregations =
            [
                new TermsAggregation("product", "product", 2, [version]) { IncludeMissing = true },
                new TermsAggregation("startup_crash", "startup_crash", 2, []) { IncludeMissing = true },
            ],
        }, Cancellation);

        var product = result.Aggregations[0];
        Assert.Equal(["Firefox", "Fenix", MissingTerm.Value], product.Buckets.Select(b => b.Key));
        Assert.Equal([5L, 1L, 3L], product.Buckets.Select(b => b.Count));
        var lacking = product.Buckets[2].Children[0];
        Assert.Equal(["120.0", MissingTerm.Value], lacking.Buckets.Select(b => b.Key));
        Assert.Equal([2L, 1L], lacking.Buckets.Select(b => b.Count));
        Assert.Equal(1, lacking.Buckets[1].Children[0].Value);
        Assert.Equal(["120.0", MissingTerm.Value], product.Buckets[0].Children[0].Buckets.Select(b => b.Key));
        Assert.Equal(["121.0"], product.Buckets[1].Children[0].Buckets.Select(b => b.Key));
        Assert.Equal([false], result.Aggregations[1].Buckets.Select(b => b.Key));
    }

    [Fact]
    public async Task Number_statistics_read_the_stats_and_the_percentiles_in_request_order_as_estimates()
    {
        // Elasticsearch answers the percents sorted, whatever the order they were asked in.
        _cluster.On("POST", "/socorro", 200, Aggregations(4, """
            "stats#a0":{"count":4,"min":3.0,"max":7200.0,"avg":1951.25,"sum":7805.0},
            "tdigest_percentiles#a0p":{"values":[{"key":50.0,"value":301.0},{"key":95.0,"value":6120.5},
              {"key":99.9,"value":7198.9}]},
            "stats#a1":{"count":4,"min":1.0,"max":16.0,"avg":6.5,"sum":26.0}
            """));
        using var index = Index();
        var result = await index.SearchAsync(Query() with
        {
            Size = 0,
            Aggregations =
            [
                new NumberStatsAggregation("uptime", "uptime", [95, 50, 99.9, 50]),
                new NumberStatsAggregation("cpus", "cpu_count", []),
            ],
        }, Cancellation);

        var request = JsonNode.Parse(Assert.Single(_cluster.Requests).Body)!["aggs"]!["a0p"]!["percentiles"]!;
        Assert.Equal("[95,50,99.9]", request["percents"]!.ToJsonString());
        var uptime = result.Aggregations[0];
        Assert.Equal((4L, 3.0, 7200.0), (uptime.Stats!.Count, uptime.Stats.Min, uptime.Stats.Max));
        Assert.Equal([6120.5, 301.0, 7198.9, 301.0], uptime.Stats.Percentiles);
        Assert.False(uptime.Exact);
        Assert.Empty(uptime.Buckets);
        var cpus = result.Aggregations[1];
        Assert.Equal((4L, 1.0, 16.0), (cpus.Stats!.Count, cpus.Stats.Min, cpus.Stats.Max));
        Assert.Empty(cpus.Stats.Percentiles);
        Assert.True(cpus.Exact);
    }

    [Fact]
    public async Task Number_statistics_over_no_value_give_a_count_of_zero_and_nulls()
    {
        _cluster.On("POST", "/socorro", 200, Aggregations(0, """
            "stats#a0":{"count":0,"min":null,"max":null,"avg":null,"sum":0.0},
            "tdigest_percentiles#a0p":{"values":[{"key":50.0,"value":null},{"key":99.0,"value":null}]}
            """));
        using var index = Index();
        var result = await index.SearchAsync(Query() with
        {
            Size = 0,
            Aggregations = [new NumberStatsAggregation("uptime", "uptime", [50, 99])],
        }, Cancellation);

        var stats = result.Aggregations[0].Stats!;
        Assert.Equal((0L, (double?)null, (double?)null), (stats.Count, stats.Min, stats.Max));
        Assert.Equal([null, null], stats.Percentiles);
    }

    [Fact]
    public async Task Shard_failures_and_a_timed_out_search_are_reported_in_the_errors()
    {
        _cluster.On("POST", "/socorro", 200, """
            {"took":30001,"timed_out":true,
             "_shards":{"total":2,"successful":1,"skipped":0,"failed":1,"failures":[
               {"shard":0,"index":"socorro202646","node":"n1",
                "reason":{"type":"node_not_connected_exception","reason":"[n1] Node not connected"}}]},
             "hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}
            """);
        using var index = Index();
        var result = await index.SearchAsync(Query(), Cancellation);
        Assert.Equal(
            [
                "the search timed out on some shards: the results are partial",
                "shard 0 of index socorro202646 failed and was not searched: node_not_connected_exception: [n1] Node not connected",
            ],
            result.Errors);
    }

    [Fact]
    public async Task A_query_the_cluster_finds_too_complex_becomes_a_refused_query()
    {
        _cluster.On("POST", "/socorro", 400, """
            {"error":{"root_cause":[{"type":"too_complex_to_determinize_exception",
              "reason":"Determinizing automaton would result in more than 10000 states."}],
              "type":"search_phase_execution_exception","reason":"all shards failed"},"status":400}
            """);
        using var index = Index();
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => index.SearchAsync(Query(), Cancellation));
        Assert.Equal("filter", error.Parameter);
        Assert.Equal("The query is too complex to run: Determinizing automaton would result in more than 10000 states.",
            error.Message);
    }

    [Fact]
    public async Task A_search_answered_503_is_sent_again_after_a_back_off()
    {
        _cluster.On("POST", "/socorro", 200, TwoHits);
        _cluster.On("POST", "/socorro", 503, """{"error":"unavailable","status":503}""", times: 2);
        using var index = Index();
        var result = await index.SearchAsync(Query(), Cancellation);
        Assert.Equal(2, result.Total);
        Assert.Equal(3, _cluster.Requests.Count);
    }

    [Fact]
    public async Task A_request_that_gets_no_answer_in_time_fails_after_its_retries()
    {
        _cluster.On("POST", "/socorro", 200, TwoHits, delay: TimeSpan.FromSeconds(5));
        using var index = Index(o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetries = 1;
        });
        var error = await Assert.ThrowsAsync<ElasticsearchException>(() => index.SearchAsync(Query(), Cancellation));
        Assert.StartsWith("Elasticsearch did not answer POST /socorro202645,socorro202646/_search", error.Message,
            StringComparison.Ordinal);
        Assert.Equal(2, _cluster.Requests.Count);
    }

    [Fact]
    public async Task A_bulk_item_refused_by_the_mapping_is_returned_with_the_servers_reason_and_the_rest_stands()
    {
        _cluster.On("POST", "/_bulk", 200, """
            {"took":3,"errors":true,"items":[
              {"index":{"_index":"socorro202646","_id":"crash-a","status":201,"result":"created"}},
              {"index":{"_index":"socorro202646","_id":"crash-b","status":400,
                "error":{"type":"document_parsing_exception","reason":"[1:20] failed to parse field [uptime] of type [long] in document with id 'crash-b'. Preview of field's value: 'secret'"}}}]}
            """);
        using var index = Index(o => o.BulkSize = 10);
        var error = await Assert.ThrowsAsync<RejectedCrashesException>(
            () => index.IndexAsync([Crash("crash-a"), Crash("crash-b")], Cancellation));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["crash-b"] = "document_parsing_exception: [1:20] failed to parse field [uptime] of type [long] "
                    + "in document with id 'crash-b' (the value is not repeated here)",
            },
            error.Reasons);
        var bulk = Assert.Single(_cluster.Requests);
        var lines = bulk.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("""{"index":{"_index":"socorro202646","_id":"crash-a"}}""", lines[0]);
        Assert.StartsWith("""{"uuid":"crash-a","date":"2026-11-19T10:00:00.000Z","product":"Firefox",""", lines[1],
            StringComparison.Ordinal);
        Assert.Contains("\"@words\":{\"product\":[\"firefox\"]}", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"@indexed\":\"2026-11-20T12:00:00.000Z\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_requests_are_bounded_and_items_answered_429_are_sent_again_alone()
    {
        _cluster.On("POST", "/_bulk", 200, """{"took":1,"errors":false,"items":[]}""");
        _cluster.On("POST", "/_bulk", 200, """
            {"took":3,"errors":true,"items":[
              {"index":{"_index":"socorro202646","_id":"crash-a","status":200,"result":"updated"}},
              {"index":{"_index":"socorro202646","_id":"crash-b","status":429,
                "error":{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"}}}]}
            """, times: 1);
        _cluster.On("POST", "/_bulk", 429, """{"error":"too many requests","status":429}""", times: 1);
        using var index = Index(o => o.BulkConcurrency = 1);
        await index.IndexAsync([Crash("crash-a"), Crash("crash-b"), Crash("crash-c")], Cancellation);
        // The ids of each bulk request, from its action lines.
        var bodies = _cluster.Requests.Select(r => string.Join(",", r.Body.Split('\n')
            .Where(l => l.StartsWith("""{"index":""", StringComparison.Ordinal))
            .Select(l => JsonNode.Parse(l)!["index"]!["_id"]!.GetValue<string>()))).ToList();
        // The whole first request is refused (429) and sent again; of the second answer, only crash-b is sent again.
        Assert.Equal(["crash-a,crash-b", "crash-a,crash-b", "crash-b", "crash-c"], bodies);
    }

    [Fact]
    public async Task A_commit_refreshes_then_stores_the_checkpoint_that_a_new_index_reads_back()
    {
        _cluster.On("GET", "/socorro_meta/_doc/checkpoint", 200, """
            {"_index":"socorro_meta","_id":"checkpoint","found":true,"_source":{"checkpoint":{"position":"42"}}}
            """);
        _cluster.On("GET", "/_alias/socorro", 200, """
            {"socorro202646":{"aliases":{"socorro":{}}},"socorro202620":{"aliases":{"socorro":{}}},
             "socorro202621":{"aliases":{"socorro":{}}}}
            """);
        using (var index = Index())
            await index.CommitAsync(new Dictionary<string, string> { ["position"] = "42" }, Cancellation);
        Assert.Equal(
            [
                "POST /socorro/_refresh?ignore_unavailable=true&allow_no_indices=true",
                "PUT /socorro_meta/_doc/checkpoint?refresh=true",
                "GET /_alias/socorro",
                // 26 weeks back from 2026-W47 keep ISO week 22 on: Socorro's week 20 of 2026 is older.
                "DELETE /socorro202620",
            ],
            _cluster.Lines);
        Assert.Equal("""{"checkpoint":{"position":"42"}}""", _cluster.Requests[1].Body);
        using var reader = Index();
        Assert.Equal(new Dictionary<string, string> { ["position"] = "42" },
            await reader.ReadCheckpointAsync(Cancellation));
    }

    [Fact]
    public async Task Starting_installs_the_template_the_meta_index_and_the_current_week_when_missing()
    {
        using (var index = Index())
            await index.InstallAsync(Cancellation);
        Assert.Equal(
            [
                "GET /_index_template/socorro_crashes",
                "PUT /_index_template/socorro_crashes",
                "GET /socorro_meta",
                "PUT /socorro_meta",
                "GET /socorro202646",
                "PUT /socorro202646",
            ],
            _cluster.Lines);
        var template = _cluster.Requests[1].Body;
        AssertJson(ElasticsearchIndexTemplate.Build(FieldCatalogue.Default, Options(),
            TimeSpan.FromSeconds(1)).ToJsonString(),
            template);
    }

    [Fact]
    public async Task A_template_made_from_the_same_catalogue_is_left_alone_and_a_reader_installs_nothing_else()
    {
        var installed = ElasticsearchIndexTemplate.Build(FieldCatalogue.Default, Options(), TimeSpan.FromSeconds(1));
        _cluster.On("GET", "/_index_template/socorro_crashes", 200,
            $$"""{"index_templates":[{"name":"socorro_crashes","index_template":{{installed.ToJsonString()}}}]}""");
        using (var index = Open(Options(_cluster.Url), readOnly: true))
            await index.InstallAsync(Cancellation);
        Assert.Equal(["GET /_index_template/socorro_crashes"], _cluster.Lines);
    }

    [Fact]
    public async Task Readiness_counts_the_crashes_and_reports_an_unreachable_cluster_as_damage()
    {
        _cluster.On("GET", "/socorro/_count", 200, """{"count":1234,"_shards":{"total":2,"successful":2,"skipped":0,"failed":0}}""");
        using (var index = Index())
        {
            var status = await index.GetStatusAsync(Cancellation);
            Assert.Equal(1234, status.Crashes);
            Assert.True(status.Ready);
        }
        using var nowhere = Open(Options("http://127.0.0.1:9"));
        var down = await nowhere.GetStatusAsync(Cancellation);
        Assert.False(down.Ready);
        Assert.Equal("cluster", Assert.Single(down.Damaged).Name);
    }
}
