using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrashSearch.SearchApi.Tests.Visibility;

/// <summary><c>signature(name:)</c> and <c>/api/SignatureReport</c> over the planted crashes of
/// <see cref="VisibilityCrashes.Top"/>.</summary>
public sealed class SignatureReportTests(VisibilityApi api) : IClassFixture<VisibilityApi>
{
    const string Selection = """
        signature firstSeen lastSeen from to count byDay { day count }
        versions { term count } platforms { term count } processTypes { term count } channels { term count }
        builds { term count } modules { term count } addons { term count }
        newestCrashes { uuid date product version platform } userComments { uuid date comment }
        """;

    async Task<JsonElement> ReportAsync(string name, string? token = null)
    {
        var result = await api.PostAsync(
            $"{{ signature(name: {JsonSerializer.Serialize(name)}) {{ {Selection} }} }}", token);
        Assert.Empty(result.ErrorMessages);
        return result.Data.GetProperty("signature");
    }

    static string Terms(JsonElement report, string name) => string.Join(" ", report.GetProperty(name)
        .EnumerateArray().Select(t => $"{t.GetProperty("term").GetString()}={t.GetProperty("count")}"));

    [Fact]
    public async Task The_report_counts_the_period_and_dates_the_whole_retention()
    {
        var report = await ReportAsync(VisibilityCrashes.Top);
        Assert.Equal("2026-10-01T09:00:00Z", report.GetProperty("firstSeen").GetString());
        Assert.Equal("2026-11-20T10:00:00Z", report.GetProperty("lastSeen").GetString());
        Assert.Equal(9, report.GetProperty("count").GetInt64());
        Assert.Equal("145.0=5 146.0=4", Terms(report, "versions"));
        Assert.Equal("Android=4 Windows NT=3 Linux=2", Terms(report, "platforms"));
        Assert.Equal("content=9", Terms(report, "processTypes"));
        Assert.Equal("2026-11-19T00:00:00Z=4 2026-11-20T00:00:00Z=5", string.Join(" ", report
            .GetProperty("byDay").EnumerateArray()
            .Select(d => $"{d.GetProperty("day").GetString()}={d.GetProperty("count")}")));
        var newest = report.GetProperty("newestCrashes").EnumerateArray().ToList();
        Assert.Equal(9, newest.Count);
        Assert.Equal(("ff-1", "Firefox"), (newest[0].GetProperty("uuid").GetString(),
            newest[0].GetProperty("product").GetString()));
    }

    [Fact]
    public async Task User_comments_are_given_to_read_protected_callers_only()
    {
        var reader = await ReportAsync(VisibilityCrashes.Top, api.ReaderToken);
        Assert.Equal(
            [VisibilityCrashes.Comment, VisibilityCrashes.Comment],
            reader.GetProperty("userComments").EnumerateArray().Select(c => c.GetProperty("comment").GetString()));
        var anonymous = await ReportAsync(VisibilityCrashes.Top);
        Assert.Empty(anonymous.GetProperty("userComments").EnumerateArray());
        var (_, rest) = await api.GetAsync(
            "/api/SignatureReport?signature=" + Uri.EscapeDataString(VisibilityCrashes.Top));
        Assert.DoesNotContain("comment-marker", rest.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(rest["userComments"]!.AsArray());
    }

    [Fact]
    public async Task GraphQL_and_REST_give_the_same_report()
    {
        var graph = await ReportAsync(VisibilityCrashes.Top, api.ReaderToken);
        var (status, rest) = await api.GetAsync(
            "/api/SignatureReport?days=28&signature=" + Uri.EscapeDataString(VisibilityCrashes.Top), api.ReaderToken);
        Assert.Equal(200, status);
        Assert.NotEqual(graph.GetProperty("count").GetInt64(), rest["count"]!.GetValue<long>());
        var (_, sameDays) = await api.GetAsync(
            "/api/SignatureReport?signature=" + Uri.EscapeDataString(VisibilityCrashes.Top), api.ReaderToken);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(graph.GetRawText()), sameDays), $"{graph} != {sameDays}");
    }

    [Fact]
    public async Task A_signature_without_crashes_is_null_and_a_404()
    {
        var result = await api.PostAsync("""{ signature(name: "never seen") { count } }""");
        Assert.Empty(result.ErrorMessages);
        Assert.Equal(JsonValueKind.Null, result.Data.GetProperty("signature").ValueKind);
        var (status, body) = await api.GetAsync("/api/SignatureReport?signature=never%20seen");
        Assert.Equal(404, status);
        Assert.Contains("'signature'", body["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_without_a_signature_or_with_bad_days_is_refused()
    {
        Assert.Equal(400, (await api.GetAsync("/api/SignatureReport")).Status);
        var (status, body) = await api.GetAsync("/api/SignatureReport?signature=x&days=2");
        Assert.Equal(400, status);
        Assert.Contains("'days'", body["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
