using System.Net;
using System.Text.Json.Nodes;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Elasticsearch;

/// <summary>
/// The API with <c>Index:Backend=Elasticsearch</c> against a stand-in node (<see cref="ElasticsearchRecorder"/>): it
/// starts, a reader installs only the template, SuperSearch becomes one search request over the weeks of its
/// window and answers with the recorded hit, and readiness reports whether the cluster answers.
/// </summary>
public sealed class ElasticsearchApiTests : IAsyncDisposable
{
    static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    readonly TempDirectory _data = new("es-api");
    readonly ElasticsearchRecorder _cluster = new();
    CrashSearchApp? _app;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _cluster.Dispose();
        _data.Dispose();
    }

    HttpClient Client()
    {
        _app = new CrashSearchApp(
            new Dictionary<string, string?>
            {
                ["Index:Path"] = _data.Path,
                ["Index:Backend"] = "Elasticsearch",
                ["Index:ReadOnly"] = "true",
                ["Elasticsearch:Url"] = _cluster.Url,
                ["Elasticsearch:MaxRetries"] = "0",
            },
            services => services.AddSingleton<TimeProvider>(new StoppedClock(Now)));
        return _app.CreateClient();
    }

    [Fact]
    public async Task SuperSearch_is_answered_from_one_search_request_after_the_template_is_installed()
    {
        _cluster.On("POST", "/socorro202645,socorro202646/_search", 200, """
            {"took":2,"timed_out":false,"_shards":{"total":2,"successful":2,"skipped":0,"failed":0},
             "hits":{"total":{"value":1,"relation":"eq"},"hits":[
               {"_index":"socorro202646","_id":"crash-1",
                "_source":{"uuid":"crash-1","date":"2026-11-19T10:00:00.000Z","product":"Firefox","signature":"OOM | small"},
                "sort":[1795082400000,"crash-1"]}]},
             "aggregations":{"sterms#a0":{"buckets":[{"key":"Firefox","doc_count":1}]}}}
            """);
        using var client = Client();
        var text = await client.GetStringAsync(
            "/api/SuperSearch?product=Firefox&_columns=uuid&_columns=signature&_facets=product",
                TestContext.Current.CancellationToken);

        var body = JsonNode.Parse(text)!;
        Assert.Equal(1, body["total"]!.GetValue<long>());
        Assert.Equal("OOM | small", body["hits"]![0]!["signature"]!.GetValue<string>());
        Assert.Equal("Firefox", body["facets"]!["product"]![0]!["term"]!.GetValue<string>());
        Assert.Equal(
            [
                "GET /_index_template/socorro_crashes",
                "PUT /_index_template/socorro_crashes",
                "POST /socorro202645,socorro202646/_search?ignore_unavailable=true&allow_no_indices=true&typed_keys=true",
            ],
            _cluster.Lines);
        var search = JsonNode.Parse(_cluster.Requests[2].Body)!;
        Assert.Equal("""[{"term":{"@words.product":"firefox"}}]""",
            search["query"]!["bool"]!["filter"]![1]!["bool"]!["filter"]!.ToJsonString());
    }

    [Fact]
    public async Task Readiness_follows_whether_the_cluster_answers()
    {
        // The latest reply added is tried first: one answer, then the cluster stops answering.
        _cluster.On("GET", "/socorro/_count", 503, """{"error":{"type":"cluster_block_exception","reason":"blocked"},"status":503}""");
        _cluster.On("GET", "/socorro/_count", 200, """{"count":7,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""", times: 1);
        using var client = Client();
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var down = await client.GetAsync(new Uri("/health/ready", UriKind.Relative),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("cluster_block_exception",
            await down.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
    }
}
