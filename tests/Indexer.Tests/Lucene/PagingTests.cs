using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Queries;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

public sealed class PagingTests : IDisposable
{
    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    static CrashDocument Numbered(int i, Random random) => Crash(
        $"uuid-{i:D4}",
        Monday.AddMinutes(random.Next(0, 3 * 7 * 24 * 60)),
        new
        {
            product = random.Next(3) switch { 0 => "Firefox", 1 => "Fenix", _ => "Thunderbird" },
            build_id = random.Next(4) == 0 ? (object?)null : (long)random.Next(0, 5),
        });

    static string? Product(CrashDocument crash) => (string?)crash.Values.GetValueOrDefault("product")?.FirstOrDefault();

    static long? BuildId(CrashDocument crash) => (long?)crash.Values.GetValueOrDefault("build_id")?.FirstOrDefault();

    [Fact]
    public async Task Default_sort_is_newest_first_then_uuid()
    {
        var random = new Random(1);
        var crashes = Enumerable.Range(0, 40).Select(i => Numbered(i, random)).ToArray();
        using var index = await OpenWith(_directory, crashes);
        var result = await index.SearchAsync(Query() with { Size = 100 }, TestContext.Current.CancellationToken);
        var expected = crashes.OrderByDescending(c => c.Date).ThenBy(c => c.Uuid, StringComparer.Ordinal).Select(c => c.Uuid);
        Assert.Equal(expected, result.Hits.Select(h => h.Uuid));
        Assert.Equal(40, result.Total);
    }

    [Fact]
    public async Task Sort_keys_break_ties_by_uuid_and_put_missing_values_last_in_both_directions()
    {
        var random = new Random(2);
        var crashes = Enumerable.Range(0, 60).Select(i => Numbered(i, random)).ToArray();
        using var index = await OpenWith(_directory, crashes);
        foreach (var descending in new[] { false, true })
        {
            var query = Query() with { Size = 100, Sort = [new("build_id", descending), new("product", false)] };
            var result = await index.SearchAsync(query, TestContext.Current.CancellationToken);
            var present = crashes.Where(c => BuildId(c) is not null);
            var ordered = descending ? present.OrderByDescending(BuildId) : present.OrderBy(BuildId);
            var expected = ordered.ThenBy(Product, StringComparer.Ordinal).ThenBy(c => c.Uuid, StringComparer.Ordinal)
                .Concat(crashes.Where(c => BuildId(c) is null).OrderBy(Product, StringComparer.Ordinal).ThenBy(c => c.Uuid, StringComparer.Ordinal))
                .Select(c => c.Uuid);
            Assert.Equal(expected, result.Hits.Select(h => h.Uuid));
        }
    }

    [Fact]
    public async Task Offset_paging_returns_consecutive_slices()
    {
        var random = new Random(3);
        var crashes = Enumerable.Range(0, 30).Select(i => Numbered(i, random)).ToArray();
        using var index = await OpenWith(_directory, crashes);
        var sort = new List<SortField> { new("product", true) };
        var all = await index.SearchAsync(Query() with { Size = 30, Sort = sort }, TestContext.Current.CancellationToken);
        var page = await index.SearchAsync(Query() with { Size = 7, Offset = 14, Sort = sort }, TestContext.Current.CancellationToken);
        Assert.Equal(all.Hits.Skip(14).Take(7).Select(h => h.Uuid), page.Hits.Select(h => h.Uuid));
        Assert.Equal(30, page.Total);
    }

    [Fact]
    public async Task Cursor_paging_never_skips_or_repeats_even_while_crashes_are_added()
    {
        var random = new Random(4);
        var crashes = Enumerable.Range(0, 80).Select(i => Numbered(i, random)).ToArray();
        using var index = await OpenWith(_directory, crashes);
        await index.CommitAsync(null, TestContext.Current.CancellationToken);
        var query = Query() with { Size = 9, Sort = [new("build_id", true)] };
        var seen = new List<string>();
        SearchCursor? after = null;
        var added = 1000;
        while (true)
        {
            // A repeating cursor would page forever; at most every crash, old and added, can be seen.
            Assert.True(seen.Count <= crashes.Length + added - 1000, "paging returned more crashes than were there");
            var page = await index.SearchAsync(query with { After = after }, TestContext.Current.CancellationToken);
            if (page.Hits.Count == 0)
                break;
            seen.AddRange(page.Hits.Select(h => h.Uuid));
            after = page.Hits[^1].Cursor;
            await index.IndexAsync([Numbered(added++, random), Numbered(added++, random)], TestContext.Current.CancellationToken);
        }
        Assert.Equal(seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Subset(seen.ToHashSet(StringComparer.Ordinal), crashes.Select(c => c.Uuid).ToHashSet(StringComparer.Ordinal));
        var final = await index.SearchAsync(query with { Size = 1000 }, TestContext.Current.CancellationToken);
        var finalOrder = final.Hits.Select(h => h.Uuid).ToList();
        Assert.Equal(finalOrder.Where(seen.Contains), seen);
    }

    [Fact]
    public async Task Cursor_paging_without_changes_equals_the_sorted_list()
    {
        var random = new Random(5);
        var crashes = Enumerable.Range(0, 50).Select(i => Numbered(i, random)).ToArray();
        using var index = await OpenWith(_directory, crashes);
        var query = Query() with { Size = 6, Sort = [new("product", false), new("date", true)] };
        var all = await index.SearchAsync(query with { Size = 100 }, TestContext.Current.CancellationToken);
        var seen = new List<string>();
        SearchCursor? after = null;
        do
        {
            Assert.True(seen.Count <= all.Hits.Count, "paging returned more crashes than the index holds");
            var page = await index.SearchAsync(query with { After = after }, TestContext.Current.CancellationToken);
            seen.AddRange(page.Hits.Select(h => h.Uuid));
            after = page.Hits.Count == 0 ? null : page.Hits[^1].Cursor;
        }
        while (after is not null);
        Assert.Equal(all.Hits.Select(h => h.Uuid), seen);
    }

    [Fact]
    public async Task A_cursor_for_another_sort_is_refused()
    {
        using var index = await OpenWith(_directory, Numbered(1, new Random(6)));
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => index.SearchAsync(
            Query() with { After = new SearchCursor(["a", "b"], "x") }, TestContext.Current.CancellationToken));
        Assert.Equal("after", error.Parameter);
    }

    [Fact]
    public async Task Size_zero_returns_the_total_and_aggregations_without_hits()
    {
        var random = new Random(7);
        using var index = await OpenWith(_directory, Enumerable.Range(0, 12).Select(i => Numbered(i, random)).ToArray());
        var result = await index.SearchAsync(Query() with { Size = 0, Aggregations = [new TermsAggregation("p", "product", 10, [])] }, TestContext.Current.CancellationToken);
        Assert.Empty(result.Hits);
        Assert.Equal(12, result.Total);
        Assert.Equal(12, result.Aggregations.Single().Buckets.Sum(b => b.Count));
    }

    [Fact]
    public async Task The_time_window_excludes_crashes_outside_it()
    {
        using var index = await OpenWith(_directory,
            Crash("early", Monday.AddDays(-30), new { }), Crash("inside", Monday.AddDays(1), new { }), Crash("edge", Monday.AddDays(7), new { }));
        var result = await index.SearchAsync(Query() with { From = Monday, To = Monday.AddDays(7) }, TestContext.Current.CancellationToken);
        Assert.Equal(["inside"], result.Hits.Select(h => h.Uuid));
        var empty = await index.SearchAsync(Query() with { From = Monday, To = Monday }, TestContext.Current.CancellationToken);
        Assert.Equal(0, empty.Total);
    }
}
