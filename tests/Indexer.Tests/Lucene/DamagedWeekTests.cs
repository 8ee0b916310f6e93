using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Tests.Support;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>
/// A damaged week stays damaged, without being read again, until its files change; then it is read again. The API's
/// tests cover what callers see; these cover the week's memory of its damage and the repair.
/// </summary>
public sealed class DamagedWeekTests : IDisposable
{
    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    static CancellationToken Token => TestContext.Current.CancellationToken;

    string Week47 => Path.Combine(_directory.Path, "2026-W47");

    async Task WriteAsync()
    {
        // Two commits, so that the week has two segments and a repair keeps one of them.
        using var index = Open(_directory);
        await index.IndexAsync([Crash("a", Monday, new { }), Crash("b", Monday.AddDays(-3), new { })], Token);
        await index.CommitAsync(null, Token);
        await index.IndexAsync([Crash("c", Monday.AddHours(1), new { })], Token);
        await index.CommitAsync(null, Token);
    }

    [Fact]
    public async Task A_repaired_week_is_searched_again_by_a_reader_that_found_it_damaged()
    {
        await WriteAsync();
        WeekFolderDamage.Apply(Week47, WeekFolderDamage.MissingPostings);
        using var reader = Open(_directory, readOnly: true);
        var damaged = await reader.GetStatusAsync(Token);
        Assert.Equal("2026-W47", Assert.Single(damaged.Damaged).Name);
        Assert.Equal(1, damaged.Crashes);

        var repair = LuceneWeekRepair.Repair(_directory.Path, "2026-W47");

        Assert.Equal(WeekRepairOutcome.Repaired, repair.Outcome);
        Assert.Equal(1, repair.DroppedSegments);
        var repaired = await reader.GetStatusAsync(Token);
        Assert.True(repaired.Ready);
        Assert.Equal(3 - repair.LostCrashes, repaired.Crashes);
        Assert.Empty((await reader.SearchAsync(Query(), Token)).Errors);
    }

    [Fact]
    public async Task Searches_name_the_damaged_week_and_answer_from_the_others()
    {
        await WriteAsync();
        WeekFolderDamage.Apply(Week47, WeekFolderDamage.TruncatedStoredFields);
        using var reader = Open(_directory, readOnly: true);
        for (var i = 0; i < 3; i++)
        {
            var result = await reader.SearchAsync(Query(), Token);
            Assert.Equal(["b"], result.Hits.Select(h => h.Uuid));
            Assert.Equal(
                ["week 2026-W47 could not be read and was not searched: its index files are damaged"], result.Errors);
        }
    }

    [Fact]
    public async Task Writing_into_an_index_with_a_damaged_week_is_refused_before_anything_is_written()
    {
        await WriteAsync();
        WeekFolderDamage.Apply(Week47, WeekFolderDamage.DeletedCommit);
        var before = Directory.GetFiles(Week47).Order(StringComparer.Ordinal).ToList();
        using var writer = Open(_directory);

        var error = await Assert.ThrowsAsync<DamagedIndexException>(
            () => writer.IndexAsync([Crash("d", Monday.AddDays(-2), new { })], Token));

        Assert.Equal("2026-W47", Assert.Single(error.Damaged).Name);
        Assert.Equal(before, Directory.GetFiles(Week47).Order(StringComparer.Ordinal));
    }
}
