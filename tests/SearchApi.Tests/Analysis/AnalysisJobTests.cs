using System.Globalization;
using System.Text.Json;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace CrashSearch.SearchApi.Tests.Analysis;

/// <summary>
/// Analysis jobs over <see cref="AnalysisCrashes"/>: results, rights, cancelling, limits and retention.
/// </summary>
public sealed class AnalysisJobTests
{
    static readonly object GroupBySignatureAndProduct = new
    {
        kind = "GROUP",
        groupBy = new[] { "SIGNATURE", "PRODUCT" },
        distinct = "CPU_ARCH",
        number = "CPU_COUNT",
        percentiles = new[] { 50.0, 90.0 },
    };

    [Fact]
    public async Task The_groups_of_a_job_equal_direct_counts()
    {
        await using var api = await AnalysisApi.StartAsync();

        var id = await AnalysisJobs.StartIdAsync(api, GroupBySignatureAndProduct, api.Reader);
        var job = await AnalysisJobs.FinishedAsync(api, id, api.Reader);
        var result = await api.GetJsonAsync(job.GetProperty("jsonUrl").GetString()!, api.Reader);

        Assert.Equal("SUCCEEDED", job.GetProperty("state").GetString());
        Assert.Equal(AnalysisCrashes.All.Count, job.GetProperty("crashesScanned").GetInt64());
        Assert.Equal(100, job.GetProperty("percentDone").GetDouble());
        var groups = result.GetProperty("groups").EnumerateArray().ToDictionary(
            g => $"{Key(g, "signature")}/{Key(g, "product")}");
        var direct = AnalysisCrashes.All
            .GroupBy(c => $"{c.Values["signature"][0]}/{c.Values["product"][0]}")
            .ToDictionary(g => g.Key,
                g => (Count: g.Count(), Cpus: g.Select(c => c.Values["cpu_arch"][0]).Distinct().Count()));
        Assert.Equal(direct.Keys.Order(), groups.Keys.Order());
        foreach (var (key, expected) in direct)
        {
            Assert.Equal(expected.Count, groups[key].GetProperty("count").GetInt64());
            Assert.Equal(expected.Cpus, groups[key].GetProperty("distinct").GetInt64());
        }
        // The planted signature's cpu_count is 1 to 10: nearest-rank p50 5, p90 9.
        var planted = groups[$"{AnalysisCrashes.Planted}/Firefox"];
        Assert.Equal(1, planted.GetProperty("min").GetDouble());
        Assert.Equal(10, planted.GetProperty("max").GetDouble());
        Assert.Equal(5, planted.GetProperty("percentiles").GetProperty("50").GetDouble());
        Assert.Equal(9, planted.GetProperty("percentiles").GetProperty("90").GetDouble());
    }

    [Fact]
    public async Task The_CSV_result_holds_the_same_groups_as_the_JSON_one()
    {
        await using var api = await AnalysisApi.StartAsync();

        var id = await AnalysisJobs.StartIdAsync(api, GroupBySignatureAndProduct, api.Reader);
        var job = await AnalysisJobs.FinishedAsync(api, id, api.Reader);
        var (status, csv, type) = await api.GetAsync(job.GetProperty("csvUrl").GetString()!, api.Reader);

        Assert.Equal(200, status);
        Assert.Equal("text/csv", type);
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal(
            "signature,product,count,distinct_cpu_arch,min_cpu_count,max_cpu_count,p50_cpu_count,p90_cpu_count",
            lines[0]);
        // Largest group first: the 30 Firefox OOM crashes (amd64 and x86).
        Assert.Equal("OOM | small,Firefox,30,2,4,8,8,8", lines[1]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task An_export_writes_the_chosen_columns_and_protected_ones_need_the_right()
    {
        await using var api = await AnalysisApi.StartAsync();
        var input = new
        {
            kind = "EXPORT",
            search = $"signature:{AnalysisCrashes.Planted}",
            columns = new[] { "UUID", "CPU_COUNT", "URL" },
        };

        var refused = await AnalysisJobs.StartAsync(api, input, api.Reader);
        var id = await AnalysisJobs.StartIdAsync(api, input, api.Protected);
        var job = await AnalysisJobs.FinishedAsync(api, id, api.Protected);
        var json = await api.GetJsonAsync(job.GetProperty("jsonUrl").GetString()!, api.Protected);
        var (_, csv, _) = await api.GetAsync(job.GetProperty("csvUrl").GetString()!, api.Protected);
        var (otherStatus, otherBody, _) = await api.GetAsync(job.GetProperty("csvUrl").GetString()!, api.Reader);

        Assert.Equal(["PROTECTED_FIELD"], refused.ErrorCodes);
        Assert.DoesNotContain("private.example", refused.Body.GetRawText(), StringComparison.Ordinal);
        var rows = json.EnumerateArray().ToList();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.Equal(["uuid", "cpu_count", "url"], r.EnumerateObject().Select(p => p.Name)));
        var second = rows.Single(r => r.GetProperty("uuid").GetString() == "planted-02");
        Assert.Equal(2, second.GetProperty("cpu_count").GetInt64());
        Assert.Equal("https://private.example/2", second.GetProperty("url").GetString());
        var first = rows.Single(r => r.GetProperty("uuid").GetString() == "planted-01");
        Assert.Equal(JsonValueKind.Null, first.GetProperty("url").ValueKind);
        Assert.StartsWith("uuid,cpu_count,url\n", csv, StringComparison.Ordinal);
        Assert.Contains("planted-02,2,https://private.example/2\n", csv, StringComparison.Ordinal);
        // Another key cannot fetch it, and learns nothing from the answer.
        Assert.Equal(404, otherStatus);
        Assert.DoesNotContain("private.example", otherBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_running_job_stops_it_and_keeps_no_result()
    {
        // Small pages and a small CPU share: the scan of 3,050 crashes takes at least a second.
        await using var api = await AnalysisApi.StartAsync(new Dictionary<string, string?>
        {
            ["Analysis:PageSize"] = "100",
            ["Analysis:MaxCpuShare"] = "0.05",
        });
        var index = api.App.Services.GetRequiredService<ICrashIndex>();
        await index.IndexAsync([.. Enumerable.Range(0, 3_000).Select(Filler)], TestContext.Current.CancellationToken);
        await index.CommitAsync(null, TestContext.Current.CancellationToken);

        var id = await AnalysisJobs.StartIdAsync(api, new { kind = "EXPORT", columns = new[] { "UUID" } }, api.Reader);
        await AnalysisJobs.WaitAsync(api, id, api.Reader, j => j.GetProperty("crashesScanned").GetInt64() > 0,
            "the job to read its first page");
        var cancelled = await api.PostAsync(
            $"mutation($id: ID!) {{ cancelAnalysisJob(id: $id) {{ {AnalysisJobs.JobFields} }} }}",
            new { id }, api.Reader);
        // The worker is free again once the next job runs to its end.
        var next = await AnalysisJobs.StartIdAsync(api,
            new { kind = "EXPORT", search = "signature:std", columns = new[] { "UUID" } }, api.Reader);
        await AnalysisJobs.FinishedAsync(api, next, api.Reader);
        var job = await AnalysisJobs.GetAsync(api, id, api.Reader);
        var (status, body, _) = await api.GetAsync(AnalysisJobEndpointsPath(id), api.Reader);

        Assert.Empty(cancelled.ErrorMessages);
        Assert.Equal("CANCELLED", job.GetProperty("state").GetString());
        Assert.True(job.GetProperty("crashesScanned").GetInt64() < job.GetProperty("crashesTotal").GetInt64());
        Assert.Equal(409, status);
        Assert.Contains("CANCELLED", body, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(api.DataDirectory, "analysis"), id + "*"));
    }

    [Fact]
    public async Task A_result_is_deleted_after_the_configured_retention()
    {
        await using var api = await AnalysisApi.StartAsync(
            new Dictionary<string, string?> { ["Analysis:ResultRetention"] = "01:00:00" });
        var id = await AnalysisJobs.StartIdAsync(api, GroupBySignatureAndProduct, api.Reader);
        var job = await AnalysisJobs.FinishedAsync(api, id, api.Reader);
        Assert.Equal(AnalysisCrashes.Now.AddHours(1), job.GetProperty("expiresAt").GetDateTimeOffset());

        api.Clock.Advance(TimeSpan.FromMinutes(59));
        var (kept, _, _) = await api.GetAsync(job.GetProperty("jsonUrl").GetString()!, api.Reader);
        api.Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await AnalysisJobs.WaitAsync(api, id, api.Reader,
            j => j.GetProperty("state").GetString() == "EXPIRED", "the result to expire");
        var (status, body, _) = await api.GetAsync(AnalysisJobEndpointsPath(id), api.Reader);

        Assert.Equal(200, kept);
        Assert.Equal(JsonValueKind.Null, expired.GetProperty("jsonUrl").ValueKind);
        Assert.Equal(409, status);
        Assert.Contains("expired", body, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(api.DataDirectory, "analysis"), id + "*"));
    }

    [Fact]
    public async Task A_key_past_its_kept_results_is_refused_until_it_deletes_one()
    {
        await using var api = await AnalysisApi.StartAsync(
            new Dictionary<string, string?> { ["Analysis:MaxStoredResultsPerKey"] = "1" });
        var id = await AnalysisJobs.StartIdAsync(api, GroupBySignatureAndProduct, api.Reader);
        await AnalysisJobs.FinishedAsync(api, id, api.Reader);

        var refused = await AnalysisJobs.StartAsync(api, GroupBySignatureAndProduct, api.Reader);
        var otherKey = await AnalysisJobs.StartAsync(api, GroupBySignatureAndProduct, api.Protected);
        var deleted = await api.PostAsync("mutation($id: ID!) { deleteAnalysisJob(id: $id) }", new { id }, api.Reader);
        var again = await AnalysisJobs.StartAsync(api, GroupBySignatureAndProduct, api.Reader);

        Assert.Equal(["LIMIT_REACHED"], refused.ErrorCodes);
        Assert.Contains("Analysis:MaxStoredResultsPerKey", refused.ErrorMessages[0], StringComparison.Ordinal);
        Assert.Empty(otherKey.ErrorMessages);
        Assert.Empty(deleted.ErrorMessages);
        Assert.Empty(again.ErrorMessages);
    }

    [Fact]
    public async Task A_job_needs_a_key_and_a_valid_spec()
    {
        await using var api = await AnalysisApi.StartAsync();

        var anonymous = await AnalysisJobs.StartAsync(api, GroupBySignatureAndProduct, token: null);
        var tooMany = await AnalysisJobs.StartAsync(api,
            new { kind = "GROUP", groupBy = new[] { "SIGNATURE", "PRODUCT", "VERSION", "PLATFORM" } }, api.Reader);
        var badSearch = await AnalysisJobs.StartAsync(api,
            new { kind = "EXPORT", search = "cpu_count:many", columns = new[] { "UUID" } }, api.Reader);

        Assert.Equal(["FORBIDDEN"], anonymous.ErrorCodes);
        Assert.Contains("input.groupBy", tooMany.ErrorMessages[0], StringComparison.Ordinal);
        Assert.Equal(["BAD_QUERY"], badSearch.ErrorCodes);
    }

    static string? Key(JsonElement group, string field) => group.GetProperty("key").GetProperty(field).GetString();

    static string AnalysisJobEndpointsPath(string id) => $"/api/AnalysisJobs/{id}/result.json";

    static CrashDocument Filler(int i)
    {
        var date = AnalysisCrashes.Now.AddMinutes(-i);
        return new CrashDocument
        {
            Uuid = "filler-" + i.ToString("D5", CultureInfo.InvariantCulture),
            Date = date,
            Values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
            {
                ["signature"] = ["Filler"],
                ["product"] = ["Firefox"],
            },
            Frames = [],
        };
    }
}
