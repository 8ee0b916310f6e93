using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>
/// <see cref="CrashQuery.Indexed"/>: crashes indexed in a range of the index's own clock, whatever their date, a
/// crash indexed again counted when it was indexed last (what NEW_MATCH alerts stand on).
/// </summary>
public abstract class IndexedTimeBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    /// <summary>
    /// An instant after everything indexed so far and before anything indexed next, by the index's clock.
    /// </summary>
    static async Task<DateTimeOffset> BetweenAsync()
    {
        var between = DateTimeOffset.UtcNow;
        // Engines may keep milliseconds only: the next stamp must fall in a later millisecond.
        while (DateTimeOffset.UtcNow < between.AddMilliseconds(2))
            await Task.Delay(1, Cancellation);
        return between;
    }

    async Task<string[]> IndexedAsync(DateTimeOffset after, DateTimeOffset upTo, QueryNode? filter = null)
    {
        var result = await Index.SearchAsync(
            Query(filter) with
            {
                From = DateTimeOffset.MinValue,
                To = DateTimeOffset.MaxValue,
                Indexed = new IndexedRange(after, upTo),
            },
            Cancellation);
        Assert.Empty(result.Errors);
        return [.. result.Hits.Select(h => h.Uuid).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Crashes_are_selected_by_when_they_were_indexed_whatever_their_date()
    {
        var start = await BetweenAsync();
        await IndexAsync(Crash("first"), Crash("reindexed"));
        var between = await BetweenAsync();
        await IndexAsync(
            Crash("backfill").At(Now.AddDays(-21)).With("product", "Firefox"),
            Crash("future").At(Now.AddDays(3)),
            Crash("reindexed"));
        var end = await BetweenAsync();

        Assert.Equal(["first"], await IndexedAsync(start, between));
        Assert.Equal(["backfill", "future", "reindexed"], await IndexedAsync(between, end));
        Assert.Equal(["backfill"],
            await IndexedAsync(between, end, new FieldPredicate("product", PredicateOperator.Match, "Firefox")));
        Assert.Empty(await IndexedAsync(end, end.AddDays(1)));
    }
}
