using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>
/// Pages of unfiltered windows sorted on date, which seek in per-segment date orders instead of gathering every
/// match: checked against the expected order and against the general path (a filter that matches everything).
/// </summary>
public sealed class DateSortedPageTests : IDisposable
{
    /// <summary>Matches every crash, so that the search takes the general path: the oracle.</summary>
    static readonly QueryNode Everything = new Not(new FieldPredicate("uuid", PredicateOperator.Exact, "no-such-crash"));

    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>
    /// A crash at one of few minutes, so that dates tie within and across segments; half of the uuids are canonical
    /// UUIDs (held in memory), the others are read from doc values.
    /// </summary>
    static CrashDocument Tied(int i, Random random)
    {
        var uuid = i % 2 == 0 ? new Guid(random.Next(), 0, 0, new byte[8]).ToString() : $"crash-{random.Next(1000):D3}-{i:D4}";
        return Crash(uuid, Monday.AddDays(random.Next(0, 14)).AddMinutes(random.Next(0, 3)), new { product = "Firefox" });
    }

    /// <summary>Indexes the crashes in batches, each committed on its own, so that they land in several segments.</summary>
    async Task<LuceneCrashIndex> InSegments(IEnumerable<CrashDocument> crashes, int batch)
    {
        var index = Open(_directory);
        foreach (var chunk in crashes.Chunk(batch))
        {
            await index.IndexAsync(chunk, Cancellation);
            await index.CommitAsync(null, Cancellation);
        }
        return index;
    }

    static async Task<List<string>> PageThrough(LuceneCrashIndex index, CrashQuery query, int expectedTotal)
    {
        var seen = new List<string>();
        SearchCursor? after = null;
        while (true)
        {
            // A cursor that repeats hits would page forever.
            Assert.True(seen.Count <= expectedTotal, $"Paging returned more than the {expectedTotal} crashes.");
            var page = await index.SearchAsync(query with { After = after }, Cancellation);
            Assert.Equal(expectedTotal, page.Total);
            if (page.Hits.Count == 0)
                return seen;
            seen.AddRange(page.Hits.Select(h => h.Uuid));
            after = page.Hits[^1].Cursor;
        }
    }

    static IEnumerable<CrashDocument> Sorted(IEnumerable<CrashDocument> crashes, bool descending)
    {
        var byDate = descending ? crashes.OrderByDescending(c => c.Date) : crashes.OrderBy(c => c.Date);
        return byDate.ThenBy(c => c.Uuid, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Cursor_pages_follow_tied_dates_across_segments_by_uuid(bool descending)
    {
        var random = new Random(11);
        var crashes = Enumerable.Range(0, 240).Select(i => Tied(i, random)).ToArray();
        using var index = await InSegments(crashes, 40);
        var query = Query() with { Size = 7, Columns = ["uuid"], Sort = [new SortField("date", descending)] };
        var seen = await PageThrough(index, query, crashes.Length);
        Assert.Equal(Sorted(crashes, descending).Select(c => c.Uuid), seen);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Segments_holding_runs_of_dates_that_overlap_at_their_ends_page_in_order(bool descending)
    {
        // Each batch covers 30 consecutive minutes and overlaps the next by 10, with some minutes tied: a walk runs
        // alone through most of its segment and meets the others at the overlaps.
        var crashes = Enumerable.Range(0, 200)
            .Select(i => Crash(new Guid(i * 7919 % 1000, 0, 0, new byte[8]).ToString(), Monday.AddMinutes(i / 40 * 20 + i % 40 * 30 / 40), new { product = "Firefox" }))
            .ToArray();
        using var index = await InSegments(crashes, 40);
        var query = Query() with { Size = 13, Columns = ["uuid"], Sort = [new SortField("date", descending)] };
        var seen = await PageThrough(index, query, crashes.Length);
        Assert.Equal(Sorted(crashes, descending).Select(c => c.Uuid), seen);
    }

    [Fact]
    public async Task Pages_and_cursors_equal_those_of_the_general_path()
    {
        var random = new Random(12);
        using var index = await InSegments(Enumerable.Range(0, 150).Select(i => Tied(i, random)).ToArray(), 30);
        var query = Query() with { Size = 9, Columns = ["uuid", "date", "product"] };
        SearchCursor? after = null;
        for (var page = 0; page < 20; page++)
        {
            var seek = await index.SearchAsync(query with { After = after }, Cancellation);
            var general = await index.SearchAsync(query with { After = after, Filter = Everything }, Cancellation);
            Assert.Equal(general.Total, seek.Total);
            Assert.Equal(general.Hits.Select(h => (h.Uuid, h.Cursor.Uuid, string.Join(",", h.Cursor.SortValues))),
                seek.Hits.Select(h => (h.Uuid, h.Cursor.Uuid, string.Join(",", h.Cursor.SortValues))));
            Assert.Equal(general.Hits.Select(h => h.Fields), seek.Hits.Select(h => h.Fields));
            after = seek.Hits.Count == 0 ? null : seek.Hits[^1].Cursor;
        }
    }

    [Fact]
    public async Task Offsets_without_a_cursor_cut_the_same_pages_as_the_general_path()
    {
        var random = new Random(13);
        using var index = await InSegments(Enumerable.Range(0, 120).Select(i => Tied(i, random)).ToArray(), 25);
        foreach (var offset in new[] { 0, 1, 24, 25, 60, 115, 119, 120, 500 })
        {
            var query = Query() with { Size = 10, Offset = offset, Columns = ["uuid"] };
            var seek = await index.SearchAsync(query, Cancellation);
            var general = await index.SearchAsync(query with { Filter = Everything }, Cancellation);
            Assert.Equal(general.Hits.Select(h => h.Uuid), seek.Hits.Select(h => h.Uuid));
            Assert.Equal(120, seek.Total);
        }
    }

    [Fact]
    public async Task Replaced_and_moved_crashes_are_returned_and_counted_once_at_their_new_place()
    {
        var random = new Random(14);
        var crashes = Enumerable.Range(0, 160).Select(i => Tied(i, random)).ToArray();
        using var index = await InSegments(crashes, 40);
        // Indexed again: every fourth in place (its old copy is deleted in the same week), every fifth moved three weeks on.
        var changed = crashes.Where((_, i) => i % 4 == 0).Select(c => Crash(c.Uuid, c.Date, new { product = "Fenix" }))
            .Concat(crashes.Where((_, i) => i % 5 == 0 && i % 4 != 0).Select(c => Crash(c.Uuid, c.Date.AddDays(21), new { product = "Firefox" })))
            .ToArray();
        await index.IndexAsync(changed, Cancellation);
        await index.CommitAsync(null, Cancellation);
        var final = crashes.Select(c => changed.FirstOrDefault(n => n.Uuid == c.Uuid) ?? c).ToArray();
        foreach (var descending in new[] { true, false })
        {
            var query = Query() with { Size = 11, Columns = ["uuid", "product"], Sort = [new SortField("date", descending)] };
            Assert.Equal(Sorted(final, descending).Select(c => c.Uuid), await PageThrough(index, query, final.Length));
        }
        var fenix = await index.SearchAsync(Query() with { Size = 1000, Columns = ["uuid", "product"] }, Cancellation);
        Assert.Equal(changed.Count(c => (string)c.Values["product"][0] == "Fenix"), fenix.Hits.Count(h => (string)h.Fields["product"][0] == "Fenix"));
    }

    [Fact]
    public async Task Windows_that_cut_through_segments_with_deletions_count_exactly()
    {
        var random = new Random(15);
        var crashes = Enumerable.Range(0, 200).Select(i => Tied(i, random)).ToArray();
        using var index = await InSegments(crashes, 50);
        var removed = crashes.Where((_, i) => i % 3 == 0).Select(c => Crash(c.Uuid, Monday.AddDays(-40).AddMinutes(c.Date.Minute), new { })).ToArray();
        await index.IndexAsync(removed, Cancellation);
        await index.CommitAsync(null, Cancellation);
        var final = crashes.Select(c => removed.FirstOrDefault(n => n.Uuid == c.Uuid) ?? c).ToArray();
        for (var i = 0; i < 25; i++)
        {
            var from = Monday.AddDays(-41).AddHours(random.Next(0, 24 * 60));
            var to = from.AddHours(random.Next(0, 24 * 20));
            var query = Query() with { From = from, To = to, Size = 5, Columns = ["uuid"] };
            var seek = await index.SearchAsync(query, Cancellation);
            var general = await index.SearchAsync(query with { Filter = Everything }, Cancellation);
            Assert.Equal(final.Count(c => c.Date >= from && c.Date < to), seek.Total);
            Assert.Equal(general.Total, seek.Total);
            Assert.Equal(general.Hits.Select(h => h.Uuid), seek.Hits.Select(h => h.Uuid));
        }
    }

    [Fact]
    public async Task A_cursor_past_the_last_hit_gives_an_empty_page_with_the_total()
    {
        var random = new Random(16);
        var crashes = Enumerable.Range(0, 30).Select(i => Tied(i, random)).ToArray();
        using var index = await InSegments(crashes, 10);
        var last = Sorted(crashes, descending: true).Last();
        var query = Query() with { Columns = ["uuid"], After = new SearchCursor([last.Date.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)], last.Uuid) };
        var result = await index.SearchAsync(query, Cancellation);
        Assert.Empty(result.Hits);
        Assert.Equal(30, result.Total);
        var missing = await index.SearchAsync(query with { After = new SearchCursor([null], "") }, Cancellation);
        Assert.Empty(missing.Hits);
    }
}
