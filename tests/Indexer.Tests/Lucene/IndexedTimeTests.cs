using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using Microsoft.Extensions.Time.Testing;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>
/// Every crash carries the time it was indexed, and a query can ask for crashes indexed in a range whatever their
/// date: what NEW_MATCH alerts rely on (docs/alerts.md).
/// </summary>
public sealed class IndexedTimeTests : IDisposable
{
    static readonly DateTimeOffset Start = Monday.AddDays(2);

    readonly TempDirectory _directory = new();
    readonly FakeTimeProvider _clock = new(Start);

    public void Dispose() => _directory.Dispose();

    LuceneCrashIndex Open(bool readOnly = false, int? retentionWeeks = null) =>
        LuceneCrashIndex.Open(_directory.Path, FieldCatalogue.Default, new LuceneIndexOptions
        {
            ReadOnly = readOnly,
            RefreshInterval = TimeSpan.Zero,
            RetentionWeeks = retentionWeeks,
            Clock = _clock,
        });

    static async Task<CrashSearchResult> IndexedAsync(
        ICrashIndex index, DateTimeOffset after, DateTimeOffset upTo, QueryNode? filter = null) =>
        await index.SearchAsync(
            Query(filter) with
            {
                From = DateTimeOffset.MinValue,
                To = DateTimeOffset.MaxValue,
                Indexed = new IndexedRange(after, upTo),
            },
            TestContext.Current.CancellationToken);

    static List<string> Uuids(CrashSearchResult result) =>
        [.. result.Hits.Select(h => h.Uuid).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Crashes_are_found_by_when_they_were_indexed_whatever_their_date()
    {
        using var index = Open();
        var token = TestContext.Current.CancellationToken;
        await index.IndexAsync([Crash("first", Start.AddHours(-1), new { product = "Firefox" })], token);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await index.IndexAsync(
            [
                Crash("backfill", Start.AddDays(-21), new { product = "Firefox" }),
                Crash("recent", Start, new { product = "Thunderbird" }),
            ],
            token);
        await index.CommitAsync(null, token);

        var second = await IndexedAsync(index, Start, Start.AddMinutes(1));
        var first = await IndexedAsync(index, Start.AddSeconds(-1), Start);
        var filtered = await IndexedAsync(
            index, Start, Start.AddMinutes(1), new FieldPredicate("product", PredicateOperator.Match, "Firefox"));

        Assert.Equal(["backfill", "recent"], Uuids(second));
        Assert.Equal(["first"], Uuids(first));
        Assert.Equal(["backfill"], Uuids(filtered));
        Assert.Empty(second.Errors);
    }

    [Fact]
    public async Task Indexing_a_uuid_again_stamps_it_again()
    {
        using var index = Open();
        var token = TestContext.Current.CancellationToken;
        await index.IndexAsync([Crash("twice", Start, new { product = "Firefox" })], token);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await index.IndexAsync([Crash("twice", Start.AddDays(-10), new { product = "Firefox" })], token);

        Assert.Empty((await IndexedAsync(index, Start.AddSeconds(-1), Start)).Hits);
        Assert.Equal(["twice"], Uuids(await IndexedAsync(index, Start, Start.AddMinutes(5))));
    }

    [Fact]
    public async Task A_read_only_index_sees_indexing_times_after_the_writers_commit()
    {
        using var writer = Open();
        using var reader = Open(readOnly: true);
        var token = TestContext.Current.CancellationToken;
        await writer.IndexAsync([Crash("late", Start.AddDays(-20), new { product = "Firefox" })], token);

        var before = await IndexedAsync(reader, Start.AddSeconds(-1), Start);
        await writer.CommitAsync(null, token);
        var after = await IndexedAsync(reader, Start.AddSeconds(-1), Start);

        Assert.Empty(before.Hits);
        Assert.Equal(["late"], Uuids(after));
    }

    [Fact]
    public async Task A_query_by_indexing_time_keeps_retention_without_reporting_skipped_weeks()
    {
        using var index = Open(retentionWeeks: 2);
        var token = TestContext.Current.CancellationToken;
        await index.IndexAsync(
            [
                Crash("kept", Start.AddDays(-7), new { product = "Firefox" }),
                Crash("beyond-retention", Start.AddDays(-30), new { product = "Firefox" }),
            ],
            token);

        var result = await IndexedAsync(index, Start.AddSeconds(-1), Start);

        Assert.Equal(["kept"], Uuids(result));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void A_question_by_indexing_time_has_no_date_window_unless_its_text_gives_one()
    {
        var builder = new CrashQueryBuilder(FieldCatalogue.Default, new SearchLimits { MaxWindowDays = 30 });
        var range = new IndexedRange(Start.AddMinutes(-1), Start);

        var open = builder.Build(new CrashQuestion { Search = ["product:Firefox"], Indexed = range },
            SearchRights.PublicFields, Start).Query;
        var bounded = builder.Build(new CrashQuestion { Search = ["date:>=2026-11-01"], Indexed = range },
            SearchRights.PublicFields, Start).Query;

        Assert.Equal((DateTimeOffset.MinValue, DateTimeOffset.MaxValue), (open.From, open.To));
        Assert.Equal(range, open.Indexed);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), bounded.From);
        Assert.Equal(DateTimeOffset.MaxValue, bounded.To);
    }
}
