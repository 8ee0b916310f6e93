using CrashSearch.Indexer;
using CrashSearch.Indexer.Elasticsearch;
using CrashSearch.Ingest.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CrashSearch.Ingest.Tests.Elasticsearch;

/// <summary>
/// <c>Index:Backend=Elasticsearch</c> through the hosts' one registration, against a stand-in node that records what
/// it is sent (<see cref="ElasticsearchRecorder"/>): the host installs the template, the meta index and the current
/// week at start; the ingest command then sends bulk requests, and a crash the cluster refuses is quarantined with
/// the server's reason.
/// </summary>
public sealed class ElasticsearchIngestTests : IDisposable
{
    readonly TempDirectory _temp = new();
    readonly ElasticsearchRecorder _cluster = new();

    public void Dispose()
    {
        _cluster.Dispose();
        _temp.Dispose();
    }

    static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    static IHost Host(Dictionary<string, string?> settings) => IndexHost.Build(settings);

    [Fact]
    public async Task A_host_with_the_elasticsearch_backend_installs_the_template_meta_index_and_week_at_start()
    {
        using var host = Host(new()
        {
            ["Index:Path"] = _temp.Combine("data"),
            ["Index:Backend"] = "Elasticsearch",
            ["Elasticsearch:Url"] = _cluster.Url,
        });
        await host.StartAsync(Cancellation);
        Assert.IsType<ElasticsearchCrashIndex>(host.Services.GetRequiredService<ICrashIndex>());
        var week = new ElasticsearchIndexNames("socorro").Week(DateTimeOffset.UtcNow);
        Assert.Equal(
            [
                "GET /_index_template/socorro_crashes",
                "PUT /_index_template/socorro_crashes",
                "GET /socorro_meta",
                "PUT /socorro_meta",
                $"GET /{week}",
                $"PUT /{week}",
            ],
            _cluster.Lines);
        await host.StopAsync(Cancellation);
    }

    [Fact]
    public async Task The_elasticsearch_backend_without_a_url_or_with_half_credentials_is_refused_at_start()
    {
        using var host = Host(new()
        {
            ["Index:Path"] = _temp.Combine("data"),
            ["Index:Backend"] = "Elasticsearch",
            ["Elasticsearch:Username"] = "elastic",
        });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Cancellation));
        Assert.Contains("Elasticsearch:Url is required: one or more node URLs.", error.Failures);
        Assert.Contains("Elasticsearch:Username and Elasticsearch:Password go together.", error.Failures);
        Assert.Empty(_cluster.Requests);
    }

    [Fact]
    public async Task A_lucene_host_ignores_the_elasticsearch_section()
    {
        using var host = Host(new() { ["Index:Path"] = _temp.Combine("index"), ["Elasticsearch:Url"] = "not a url" });
        await host.StartAsync(Cancellation);
        await host.StopAsync(Cancellation);
    }

    [Fact]
    public async Task The_ingest_command_sends_bulk_requests_and_quarantines_a_crash_the_cluster_refuses()
    {
        _temp.Write("crashes/good.json", TestCrashes.Minimal("good").ToJsonString());
        _temp.Write("crashes/refused.json", TestCrashes.Minimal("refused").ToJsonString());
        _cluster.On("POST", "/_bulk", 200, """
            {"took":3,"errors":true,"items":[
              {"index":{"_index":"socorro202646","_id":"good","status":201,"result":"created"}},
              {"index":{"_index":"socorro202646","_id":"refused","status":400,
                "error":{"type":"document_parsing_exception","reason":"[1:42] failed to parse field [cpu_count]"}}}]}
            """);
        _cluster.On("GET", "/socorro/_count", 200, """{"count":0,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""");
        var environment = new Dictionary<string, string>
        {
            ["Index__Backend"] = "Elasticsearch",
            ["Elasticsearch__Url"] = _cluster.Url,
        };
        using var ingest = IngestProcess.Start(
            environment, "--source", _temp.Combine("crashes"), "--index", _temp.Combine("data"), "--once");
        var code = await ingest.WaitAsync();

        Assert.True(code == 0, ingest.Error);
        var lines = _cluster.Lines;
        Assert.Equal("GET /socorro/_count?ignore_unavailable=true&allow_no_indices=true", lines[0]);
        Assert.Equal("GET /_index_template/socorro_crashes", lines[1]);
        Assert.Equal("PUT /_index_template/socorro_crashes", lines[2]);
        var bulk = Array.IndexOf(lines, "POST /_bulk");
        Assert.True(bulk > 2, string.Join("\n", lines));
        Assert.Equal("POST /socorro/_refresh?ignore_unavailable=true&allow_no_indices=true", lines[bulk + 1]);
        var reason = Assert.Single(Directory.GetFiles(_temp.Combine("data", "quarantine"), "*.reason.json",
            SearchOption.AllDirectories));
        Assert.Contains("the index refused it: document_parsing_exception: [1:42] failed to parse field [cpu_count]",
            await File.ReadAllTextAsync(reason, Cancellation), StringComparison.Ordinal);
        Assert.Contains("ingested 1, quarantined 1", ingest.Output, StringComparison.Ordinal);
    }
}
