using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>
/// Cursors over the date sort when crashes share a date and were indexed (and re-indexed) in separate commits: the
/// uuid breaks ties in byte order, and no crash is skipped, repeated or counted twice.
/// </summary>
public abstract class DateCursorBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    static readonly DateTimeOffset Tie = Now.AddHours(-2);

    /// <summary>Three commits, each with crashes at the same instant as the others', one of them at another time.</summary>
    async Task IndexTiedAsync()
    {
        await IndexAsync(Crash("m").At(Tie), Crash("b").At(Tie), Crash("z").At(Tie.AddMinutes(-1)));
        await IndexAsync(Crash("k").At(Tie), Crash("a").At(Tie.AddMinutes(1)), Crash("Y").At(Tie));
        await IndexAsync(Crash("c").At(Tie), Crash("x").At(Tie.AddMinutes(-1)));
    }

    async Task<(List<string> Uuids, List<long> Totals)> PageAsync(CrashQuery query)
    {
        var seen = new List<string>();
        var totals = new List<long>();
        SearchCursor? after = null;
        for (var page = 0; page < 20; page++)
        {
            var result = await Index.SearchAsync(query with { After = after }, Cancellation);
            totals.Add(result.Total);
            if (result.Hits.Count == 0)
                break;
            seen.AddRange(result.Hits.Select(h => h.Uuid));
            after = result.Hits[^1].Cursor;
        }
        return (seen, totals);
    }

    [Theory]
    [InlineData(true, "a,Y,b,c,k,m,x,z")]
    [InlineData(false, "x,z,Y,b,c,k,m,a")]
    public async Task Cursors_through_a_date_shared_across_commits_follow_the_uuid(bool descending, string expected)
    {
        await IndexTiedAsync();
        var (uuids, totals) = await PageAsync(Query() with { Size = 2, Columns = ["uuid"], Sort = [new SortField("date", descending)] });
        Assert.Equal(List(expected), uuids);
        Assert.All(totals, t => Assert.Equal(8, t));
    }

    [Fact]
    public async Task A_crash_indexed_again_at_another_date_is_paged_and_counted_once_at_its_new_place()
    {
        await IndexTiedAsync();
        await IndexAsync(Crash("b").At(Tie.AddMinutes(-2)), Crash("k").At(Tie));
        var (uuids, totals) = await PageAsync(Query() with { Size = 3, Columns = ["uuid"] });
        Assert.Equal(List("a,Y,c,k,m,x,z,b"), uuids);
        Assert.All(totals, t => Assert.Equal(8, t));
    }
}
