using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>
/// Two weeks of retention on Wednesday 2026-11-18 keep 2026-W46 and 2026-W47, with one crash in each of the weeks
/// W44 (2026-10-27), W45 (2026-11-03), W46 (2026-11-10) and W47 (2026-11-17).
/// </summary>
public sealed class RetentionTests : IDisposable
{
    static readonly DateTimeOffset Now = Crashes.Monday.AddDays(2);

    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    LuceneCrashIndex Open(int? weeks = 2) => LuceneCrashIndex.Open(_directory.Path, FieldCatalogue.Default, new LuceneIndexOptions
    {
        RefreshInterval = TimeSpan.Zero,
        RetentionWeeks = weeks,
        Clock = new StoppedClock(Now),
    });

    static async Task IndexFourWeeksAsync(LuceneCrashIndex index)
    {
        await index.IndexAsync(
            [.. new[] { 21, 14, 7, 0 }.Select(days => Crashes.Crash($"crash-{days:00}", Crashes.Monday.AddDays(1 - days), new { product = "Firefox" }))],
            TestContext.Current.CancellationToken);
    }

    async Task<Queries.CrashSearchResult> SearchAsync(LuceneCrashIndex index, DateTimeOffset from, DateTimeOffset to) =>
        await index.SearchAsync(Crashes.Query() with { From = from, To = to }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_window_reaching_before_retention_lists_the_weeks_it_did_not_search()
    {
        using var index = Open();
        await IndexFourWeeksAsync(index);

        var result = await SearchAsync(index, new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero), Now);

        Assert.Equal(["crash-00", "crash-07"], result.Hits.Select(h => h.Uuid).Order(StringComparer.Ordinal));
        Assert.Equal(2, result.Total);
        Assert.Equal(["weeks 2026-W44 to 2026-W45 are outside the 2-week retention and were not searched"], result.Errors);
    }

    [Fact]
    public async Task One_skipped_week_is_named_alone()
    {
        using var index = Open();
        await IndexFourWeeksAsync(index);

        var result = await SearchAsync(index, new DateTimeOffset(2026, 11, 4, 0, 0, 0, TimeSpan.Zero), Now);

        Assert.Equal(2, result.Total);
        Assert.Equal(["week 2026-W45 is outside the 2-week retention and was not searched"], result.Errors);
    }

    [Fact]
    public async Task A_window_wholly_before_retention_finds_nothing_and_says_why()
    {
        using var index = Open();
        await IndexFourWeeksAsync(index);

        var result = await SearchAsync(index, new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 6, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, result.Total);
        Assert.Equal(["weeks 2026-W44 to 2026-W45 are outside the 2-week retention and were not searched"], result.Errors);
    }

    [Fact]
    public async Task A_window_inside_retention_has_no_errors()
    {
        using var index = Open();
        await IndexFourWeeksAsync(index);

        var result = await SearchAsync(index, new DateTimeOffset(2026, 11, 9, 0, 0, 0, TimeSpan.Zero), Now);

        Assert.Equal(2, result.Total);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task Committing_deletes_the_week_folders_older_than_retention()
    {
        using (var index = Open())
        {
            await IndexFourWeeksAsync(index);
            await index.CommitAsync(null, TestContext.Current.CancellationToken);
            Assert.Equal(2, index.CountAll());
        }

        Assert.Equal(["2026-W46", "2026-W47"], Directory.GetDirectories(_directory.Path).Select(d => Path.GetFileName(d)).Where(n => n.Contains("-W", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_retention_every_week_is_kept_and_searched()
    {
        using var index = Open(weeks: null);
        await IndexFourWeeksAsync(index);
        await index.CommitAsync(null, TestContext.Current.CancellationToken);

        var result = await SearchAsync(index, new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero), Now);

        Assert.Equal(4, result.Total);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Retention_of_less_than_one_week_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Open(weeks: 0));
    }
}
