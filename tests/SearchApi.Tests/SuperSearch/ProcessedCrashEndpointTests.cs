using System.Net;
using System.Text.Json.Nodes;
using CrashSearch.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CrashSearch.SearchApi.Tests.SuperSearch.SuperSearchCrashes;

namespace CrashSearch.SearchApi.Tests.SuperSearch;

public sealed class ProcessedCrashEndpointTests(SuperSearchApp app) : IClassFixture<SuperSearchApp>
{
    static JsonNode? At(JsonNode body, string path) =>
        path.Split('.').Aggregate((JsonNode?)body, (node, name) => node is JsonObject o ? o[name] : null);

    [Fact]
    public async Task A_processed_crash_comes_back_with_each_value_at_its_source_key_and_its_frames()
    {
        var (status, body) = await app.GetAsync($"/api/ProcessedCrash/?crash_id={Uuid(1)}");
        Assert.Equal(200, status);
        Assert.Equal(Uuid(1), (string?)body["uuid"]);
        Assert.Equal("OOM | small", (string?)body["signature"]);
        Assert.Equal("2026-11-18T10:00:00+00:00", (string?)body["date_processed"]);
        Assert.Equal(8, (long?)At(body, "json_dump.system_info.cpu_count"));
        Assert.Equal(["a@example.com:1.0", "b@example.com:2.0"], body["addons"]!.AsArray().Select(a => (string?)a));
        var frames = At(body, "json_dump.crashing_thread.frames")!.AsArray();
        Assert.Equal(2, frames.Count);
        Assert.Equal("mozilla::dom::Element::GetAttr(int)", (string?)frames[0]!["function"]);
        Assert.Equal("dom/Element.cpp", (string?)frames[0]!["file"]);
        Assert.Equal(1, (int?)frames[1]!["frame"]);
    }

    [Fact]
    public async Task No_planted_marker_of_a_protected_field_reaches_an_anonymous_caller()
    {
        var (status, body) = await app.GetAsync($"/api/ProcessedCrash/?crash_id={MarkedCrash.Uuid}");
        Assert.Equal(200, status);
        Assert.Equal("Marked | crash", (string?)body["signature"]);
        var text = body.ToJsonString();
        Assert.DoesNotContain(MarkedCrash.Marker, text, StringComparison.Ordinal);
        var number = MarkedCrash.NumberMarker.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(number, text, StringComparison.Ordinal);
        Assert.NotEmpty(MarkedCrash.ProtectedFields);
        foreach (var field in MarkedCrash.ProtectedFields)
            Assert.Null(At(body, field.Source));
    }

    [Fact]
    public async Task A_caller_with_the_read_protected_scope_gets_every_protected_part()
    {
        var (status, body) = await app.GetAsync($"/api/ProcessedCrash/?crash_id={MarkedCrash.Uuid}", app.ReaderToken);
        Assert.Equal(200, status);
        // Rebuilt from hits, which carry returnable fields only.
        foreach (var field in MarkedCrash.ProtectedFields.Where(f => f.Returnable))
            Assert.NotNull(At(body, field.Source));
        Assert.Equal($"{MarkedCrash.Marker}-url", (string?)At(body, "url"));
    }

    [Fact]
    public async Task A_running_clock_keeps_the_lookup_window_within_the_longest_allowed()
    {
        // Every reading of this clock is a millisecond later, as a real clock's readings are a few ticks apart.
        var clock = new FakeTimeProvider(SuperSearchCrashes.Now) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        using var directory = new TempDirectory("crash-search-processed-crash-clock");
        await using var running = new CrashSearchApp(
            new Dictionary<string, string?> { ["Index:Path"] = directory.Path },
            services => services.AddSingleton<TimeProvider>(clock));
        using var client = running.CreateClient();

        using var response = await client.GetAsync("/api/ProcessedCrash/?crash_id=no-such-crash",
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_crash_id_is_a_400_naming_it()
    {
        var (status, body) = await app.GetAsync("/api/ProcessedCrash/");
        Assert.Equal(400, status);
        Assert.StartsWith("Parameter 'crash_id'", (string?)body["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_crash_id_is_a_404()
    {
        var (status, body) = await app.GetAsync("/api/ProcessedCrash/?crash_id=00000000-0000-4000-8000-0000000fffff");
        Assert.Equal(404, status);
        Assert.Contains("00000000-0000-4000-8000-0000000fffff", (string?)body["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_datatype_other_than_processed_is_a_400_naming_it()
    {
        var (status, body) = await app.GetAsync($"/api/ProcessedCrash/?crash_id={Uuid(1)}&datatype=raw");
        Assert.Equal(400, status);
        Assert.StartsWith("Parameter 'datatype'", (string?)body["error"], StringComparison.Ordinal);
        var (processed, _) = await app.GetAsync($"/api/ProcessedCrash/?crash_id={Uuid(1)}&datatype=processed");
        Assert.Equal(200, processed);
    }
}
