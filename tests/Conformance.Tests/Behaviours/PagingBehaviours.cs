using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>Result pages: <c>_results_number</c>, <c>_results_offset</c>, the 10,000 window, and cursors.</summary>
public abstract class PagingBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexFiveAsync() => IndexAsync(Crash("a"), Crash("b"), Crash("c"), Crash("d"), Crash("e"));

    [Theory]
    [InlineData("_results_number=2", "a,b")]
    [InlineData("_results_number=2&_results_offset=2", "c,d")]
    [InlineData("_results_number=2&_results_offset=4", "e")]
    [InlineData("_results_offset=5", "")]
    [InlineData("_results_offset=100", "")]
    [InlineData("_results_number=0", "")]
    [InlineData("_results_number=1000", "a,b,c,d,e")]
    [InlineData("_results_offset=9000&_results_number=1000", "")]
    public async Task A_page_is_cut_from_the_sorted_hits_and_the_total_counts_them_all(string query, string expected)
    {
        await IndexFiveAsync();
        var answer = await SuperSearchAsync(query);
        Assert.Equal(List(expected), answer.Uuids);
        Assert.Equal(5, answer.Total);
    }

    [Fact]
    public async Task Zero_results_still_gives_the_total_and_the_facets()
    {
        await IndexAsync(Crash("a").With("signature", "S1"), Crash("b").With("signature", "S1"), Crash("c").With("signature", "S2"));
        var answer = await SuperSearchAsync("_results_number=0");
        Assert.Empty(answer.Uuids);
        Assert.Equal(3, answer.Total);
        Assert.Equal(["S1=2", "S2=1"], answer.Buckets("signature"));
    }

    [Fact]
    public async Task The_default_page_is_100_hits()
    {
        await IndexAsync([.. Enumerable.Range(0, 101).Select(i => Crash($"crash-{i:D3}"))]);
        var answer = await SuperSearchAsync("");
        Assert.Equal(101, answer.Total);
        Assert.Equal([.. Enumerable.Range(0, 100).Select(i => $"crash-{i:D3}")], answer.Uuids);
    }

    [Fact]
    public async Task Cursors_never_skip_or_repeat_a_crash_while_new_crashes_are_indexed()
    {
        await IndexFiveAsync();
        var query = Query() with { Size = 2 };
        var first = await Index.SearchAsync(query, Cancellation);
        Assert.Equal(["a", "b"], first.Hits.Select(h => h.Uuid));
        // A newer crash sorts before the cursor, an older one after it; only the older one belongs to the next pages.
        await IndexAsync(Crash("newest").At(Now.AddMinutes(-1)), Crash("oldest").At(Now.AddDays(-6)));
        var seen = first.Hits.Select(h => h.Uuid).ToList();
        var after = first.Hits[^1].Cursor;
        while (true)
        {
            Assert.True(seen.Count <= 7, "paging returned more crashes than the index holds"); // a repeating cursor
            var page = await Index.SearchAsync(query with { After = after }, Cancellation);
            if (page.Hits.Count == 0)
                break;
            seen.AddRange(page.Hits.Select(h => h.Uuid));
            after = page.Hits[^1].Cursor;
        }
        Assert.Equal(["a", "b", "c", "d", "e", "oldest"], seen);
    }

    [Fact]
    public async Task Cursors_follow_a_sort_with_ties_through_the_uuid()
    {
        await IndexAsync(
            Crash("z").With("build", 2L), Crash("y").With("build", 1L), Crash("x").With("build", 2L),
            Crash("w").With("build", 1L), Crash("v"));
        var query = Query() with { Size = 1, Sort = [new SortField("build_id", Descending: true)] };
        var seen = new List<string>();
        SearchCursor? after = null;
        for (var page = 0; page < 10; page++)
        {
            var result = await Index.SearchAsync(query with { After = after }, Cancellation);
            if (result.Hits.Count == 0)
                break;
            seen.Add(result.Hits[0].Uuid);
            after = result.Hits[0].Cursor;
        }
        Assert.Equal(["x", "z", "w", "y", "v"], seen);
    }
}
