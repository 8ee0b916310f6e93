using System.Net;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Metrics;

/// <summary><c>/metrics</c>: OpenTelemetry metrics of requests and ingest, in Prometheus text.</summary>
public sealed class MetricsTests(SampleApi api) : IClassFixture<SampleApi>
{
    static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// Scrapes until a line holds every one of <paramref name="parts"/>: ASP.NET Core records a request's duration
    /// after the response is sent, and the exporter caches a scrape for a moment, so one scrape may come too early.
    /// </summary>
    static async Task<string> ScrapeUntilAsync(HttpClient client, params string[] parts)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync("/metrics", Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            var text = await response.Content.ReadAsStringAsync(Token);
            var lines = text.Split('\n');
            if (lines.Any(line => parts.All(part => line.Contains(part, StringComparison.Ordinal))))
                return text;
            Assert.True(DateTime.UtcNow < deadline, $"no line of /metrics holds {string.Join(", ", parts)}:\n{text}");
            await Task.Delay(100, Token);
        }
    }

    [Fact]
    public async Task Metrics_give_the_duration_of_requests_by_route_and_status_in_Prometheus_text()
    {
        using (var ok = await api.Client.GetAsync("/api/SuperSearch?_results_number=1", Token))
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using (var bad = await api.Client.GetAsync("/api/SuperSearch?_results_number=banana", Token))
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        const string Route = "http_route=\"/api/SuperSearch\"";
        var text = await ScrapeUntilAsync(api.Client,
            "http_server_request_duration_seconds_count{", Route, "http_response_status_code=\"400\"");
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains(text.Split('\n'), line =>
            line.StartsWith("http_server_request_duration_seconds_bucket{", StringComparison.Ordinal)
            && line.Contains(Route, StringComparison.Ordinal)
            && line.Contains("http_response_status_code=\"200\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_ingest_counters_appear_once_the_demo_ingest_ran()
    {
        using var directory = new TempDirectory("metrics-demo");
        await using var app = new CrashSearchApp(new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Crashes"] = "200",
            ["Index:Path"] = directory.Path,
        });
        using var client = app.CreateClient();
        await ScrapeUntilAsync(client, "crashsearch_ingest_crashes_total", " 200");
    }
}
