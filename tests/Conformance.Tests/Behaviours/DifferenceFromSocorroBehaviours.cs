using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>Each "(differs)" item of docs/query-semantics.md, as its own test named after the difference.</summary>
public abstract class DifferenceFromSocorroBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    [Fact]
    public async Task Text_match_requires_every_word_where_Socorro_ORed_them()
    {
        await IndexAsync(
            Crash("both").With("signature", "OOM | small"),
            Crash("first").With("signature", "OOM | large"),
            Crash("second").With("signature", "small allocation"));
        Assert.Equal(["both"], await UuidsAsync("signature=OOM small"));
    }

    [Theory]
    [InlineData("product=~irefo", "firefox")]
    [InlineData("product=^Fen", "fenix")]
    [InlineData("product=$fox", "firefox")]
    [InlineData("release_channel=^nigh", "fenix")]
    [InlineData("release_channel=@rel.*", "firefox")]
    public async Task String_operators_work_on_fields_Socorro_treated_as_enums_and_searched_literally(string query, string expected)
    {
        await IndexAsync(
            Crash("firefox").With("product", "Firefox").With("release_channel", "release"),
            Crash("fenix").With("product", "Fenix").With("release_channel", "nightly"),
            Crash("literal").With("product", "~Fire").With("release_channel", "^nigh"));
        Assert.Equal([expected], await UuidsAsync(query));
    }

    [Theory]
    [InlineData("signature=!~foo&signature=!~bar")]
    [InlineData("signature=!~bar&signature=!~foo")]
    public async Task Negated_values_are_all_excluded_where_Socorro_depended_on_their_order(string query)
    {
        await IndexAsync(
            Crash("foo").With("signature", "foo | x"),
            Crash("bar").With("signature", "bar | y"),
            Crash("foobar").With("signature", "foo bar"),
            Crash("neither").With("signature", "baz"));
        Assert.Equal(["neither"], await UuidsAsync(query));
    }

    [Fact]
    public async Task Cursors_read_past_the_10000_result_window_where_Socorro_stopped()
    {
        const int count = 10_050;
        await IndexAsync([.. Enumerable.Range(0, count).Select(i => Crash($"c{i:D5}").At(Now.AddDays(-1)))]);
        Assert.Equal("_results_offset", Rejects("_results_offset=10000&_results_number=50").Parameter);
        var query = Query() with { Size = 1000, Columns = ["uuid"] };
        var seen = new List<string>();
        SearchCursor? after = null;
        while (true)
        {
            Assert.True(seen.Count <= count, "paging returned more crashes than the index holds"); // a repeating cursor
            var page = await Index.SearchAsync(query with { After = after }, Cancellation);
            if (page.Hits.Count == 0)
                break;
            Assert.Equal(count, page.Total);
            seen.AddRange(page.Hits.Select(h => h.Uuid));
            after = page.Hits[^1].Cursor;
        }
        Assert.Equal([.. Enumerable.Range(0, count).Select(i => $"c{i:D5}")], seen);
    }

    [Fact]
    public async Task Nested_source_fields_are_returned_where_Socorro_returned_null()
    {
        await IndexAsync(Crash("a").With("json_dump.system_info.cpu_count", 12).With("memory_measures.explicit", 4096L).With("memory_measures.resident", 8192L));
        var fields = Assert.Single((await SuperSearchAsync("_columns=cpu_count,memory_explicit,memory_resident")).Result.Hits).Fields;
        Assert.Equal([12L], fields["cpu_count"]);
        Assert.Equal([4096L], fields["memory_explicit"]);
        Assert.Equal([8192L], fields["memory_resident"]);
    }

    [Fact]
    public async Task Aggregations_nest_to_any_depth_where_Socorro_accepted_only_a_few_chains()
    {
        await IndexAsync(
            Crash("a").With("product", "Firefox").With("version", "145.0").With("os_name", "Linux").With("release_channel", "release").With("cpu_arch", "amd64"),
            Crash("b").With("product", "Firefox").With("version", "145.0").With("os_name", "Linux").With("release_channel", "release").With("cpu_arch", "arm64"));
        var answer = await SuperSearchAsync("_aggs.product.version.platform.release_channel=cpu_arch");
        Assert.Equal(
            ["Firefox=2 {version: 145.0=2 {platform: Linux=2 {release_channel: release=2 {cpu_arch: amd64=1, arm64=1}}}}"],
            answer.Buckets("product"));
    }

    [Fact]
    public async Task Histograms_take_fixed_spans_where_Socorro_took_only_calendar_units()
    {
        await IndexAsync(
            Crash("a").At(new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero)),
            Crash("b").At(new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero)),
            Crash("c").At(new DateTimeOffset(2026, 11, 19, 20, 0, 0, TimeSpan.Zero)));
        var answer = await SuperSearchAsync("_histogram.date=&_histogram_interval.date=12h");
        Assert.Equal(["2026-11-19T12:00:00Z=1", "2026-11-20T00:00:00Z=2"], answer.Buckets("histogram_date"));
    }
}
