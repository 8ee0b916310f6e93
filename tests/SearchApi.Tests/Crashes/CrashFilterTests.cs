using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Crashes;

/// <summary>Free text and every filter operator, against <see cref="SampleCrashes"/> (expected sets from its table).</summary>
public sealed class CrashFilterTests(SampleApi api) : IClassFixture<SampleApi>
{
    async Task<string[]> UuidsAsync(string arguments)
    {
        var result = await api.PostAsync($"{{ crashes({arguments}, first: 100) {{ totalCount edges {{ node {{ uuid }} }} }} }}");
        Assert.Equal(System.Net.HttpStatusCode.OK, result.Status);
        Assert.Empty(result.ErrorMessages);
        var uuids = result.Uuids().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(uuids.Length, result.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
        return uuids;
    }

    [Fact]
    public async Task Without_arguments_every_crash_of_the_last_seven_days_is_found()
    {
        Assert.Equal(SampleCrashes.InWindowNewestFirst.Order(StringComparer.Ordinal), await UuidsAsync("search: null"));
    }

    [Fact]
    public async Task Free_text_finds_words_of_signatures_and_frames()
    {
        Assert.Equal(["crash-01", "crash-02", "crash-03"], await UuidsAsync("search: \"Sweep\""));
    }

    [Fact]
    public async Task Free_text_requires_every_word()
    {
        Assert.Equal(["crash-03"], await UuidsAsync("search: \"Sweep Bar\""));
    }

    [Theory]
    [InlineData("{field: SIGNATURE, values: [\"oom\"]}", "crash-01 crash-02 crash-05 crash-06")]
    [InlineData("{field: PLATFORM, values: [\"Linux\", \"Android\"]}", "crash-02 crash-03")]
    [InlineData("{field: STARTUP_CRASH, values: [\"yes\"]}", "crash-01 crash-06")]
    [InlineData("{field: CPU_COUNT, values: [\"8\"]}", "crash-01 crash-03 crash-07")]
    [InlineData("{field: SIGNATURE, op: EXACT, values: [\"OOM | small\"]}", "crash-01 crash-02 crash-06")]
    [InlineData("{field: SIGNATURE, op: EXACT, values: [\"oom | small\"]}", "")]
    [InlineData("{field: SIGNATURE, op: CONTAINS, values: [\"gc::Sweep\"]}", "crash-03")]
    [InlineData("{field: PRODUCT, op: STARTS_WITH, values: [\"Fen\"]}", "crash-03")]
    [InlineData("{field: VERSION, op: ENDS_WITH, values: [\".1\"]}", "crash-04")]
    [InlineData("{field: VERSION, op: REGEX, values: [\"14[56]\\\\..*\"]}", "crash-01 crash-02 crash-05 crash-06 crash-07")]
    [InlineData("{field: CPU_COUNT, op: GT, values: [\"4\"]}", "crash-01 crash-03 crash-06 crash-07")]
    [InlineData("{field: CPU_COUNT, op: GTE, values: [\"8\"]}", "crash-01 crash-03 crash-06 crash-07")]
    [InlineData("{field: CPU_COUNT, op: LT, values: [\"8\"]}", "crash-02 crash-04")]
    [InlineData("{field: CPU_COUNT, op: LTE, values: [\"4\"]}", "crash-02 crash-04")]
    [InlineData("{field: DATE, op: GTE, values: [\"2026-11-20T07:00:00Z\"]}", "crash-01 crash-04 crash-06")]
    [InlineData("{field: CPU_COUNT, op: EXISTS}", "crash-01 crash-02 crash-03 crash-04 crash-06 crash-07")]
    [InlineData("{field: CPU_COUNT, op: EXISTS, negate: true}", "crash-05")]
    [InlineData("{field: STARTUP_CRASH, op: IS_TRUE}", "crash-01 crash-06")]
    [InlineData("{field: STARTUP_CRASH, op: IS_TRUE, negate: true}", "crash-02 crash-03 crash-04 crash-05 crash-07")]
    [InlineData("{field: PRODUCT, values: [\"Firefox\", \"Fenix\"], negate: true}", "crash-04")]
    [InlineData("{field: FUNCTION, op: EXACT, values: [\"js::gc::Sweep\"]}", "crash-01 crash-02 crash-03")]
    [InlineData("{field: FUNCTION, op: EXACT, values: [\"js::gc::Sweep\"], withinTopFrames: 1}", "crash-01 crash-03")]
    [InlineData("{field: FUNCTION, op: EXACT, values: [\"std::rt::lang_start::<()>::{closure#0}\"]}", "crash-04")]
    [InlineData("{field: MODULE, op: STARTS_WITH, values: [\"kernel\"]}", "crash-01")]
    public async Task A_filter_finds_exactly_the_crashes_it_describes(string filter, string expected)
    {
        var want = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(want, await UuidsAsync($"filters: [{filter}]"));
    }

    [Fact]
    public async Task Filters_are_combined_with_and()
    {
        Assert.Equal(["crash-01", "crash-06"], await UuidsAsync(
            "filters: [{field: PLATFORM, values: [\"Windows NT\"]}, {field: CPU_COUNT, op: GTE, values: [\"8\"]}, {field: SIGNATURE, op: EXACT, values: [\"OOM | small\"]}]"));
    }

    [Fact]
    public async Task Two_range_filters_make_a_closed_range()
    {
        Assert.Equal(["crash-01", "crash-02", "crash-03", "crash-07"], await UuidsAsync(
            "filters: [{field: CPU_COUNT, op: GTE, values: [\"4\"]}, {field: CPU_COUNT, op: LT, values: [\"16\"]}]"));
    }

    [Fact]
    public async Task The_time_window_is_chosen_with_from_and_to()
    {
        Assert.Equal(["crash-08"], await UuidsAsync("from: \"2026-11-05\", to: \"2026-11-12\""));
        Assert.Equal(["crash-01", "crash-04", "crash-06"], await UuidsAsync("from: \"2026-11-20T00:00:00Z\""));
    }

    [Fact]
    public async Task Variables_carry_filters_and_dates()
    {
        var result = await api.PostAsync(
            "query($f: [FieldFilter!], $from: DateTime) { crashes(filters: $f, from: $from) { totalCount } }",
            new { f = new[] { new { field = "PRODUCT", values = new[] { "Firefox" } } }, from = "2026-11-19" });
        Assert.Empty(result.ErrorMessages);
        Assert.Equal(4, result.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
    }
}
