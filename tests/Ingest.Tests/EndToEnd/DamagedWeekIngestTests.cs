using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Ingest.Tests.Support;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.Ingest.Tests.EndToEnd;

/// <summary>
/// The ingest command over an index with a damaged week (issue 16): it refuses to write and says how to recover, and
/// the documented recovery (repair, or delete the folder, then ingest the week again) brings every crash back.
/// </summary>
public sealed class DamagedWeekIngestTests : IDisposable
{
    const string Week = "2026-W47";

    readonly TempDirectory _temp = new();
    readonly StringWriter _output = new();
    readonly StringWriter _error = new();

    public void Dispose()
    {
        _temp.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    string Index => _temp.Combine("index");

    string WeekFolder => Path.Combine(Index, Week);

    [Theory]
    [MemberData(nameof(WeekFolderDamage.All), MemberType = typeof(WeekFolderDamage))]
    public async Task Ingesting_into_an_index_with_a_damaged_week_is_refused_with_how_to_repair_it(string damage)
    {
        await IngestAsync("first.jsonl", "first-1", "first-2", "first-3");
        WeekFolderDamage.Apply(WeekFolder, damage);
        var before = FilesOf(Index);

        var code = await RunAsync("--source", Crashes("second.jsonl", "second-1"), "--index", Index, "--once");

        Assert.Equal(IngestCommand.CouldNotRun, code);
        var error = _error.ToString();
        Assert.StartsWith(
            "error: the index has damaged weeks, so nothing was written:", error, StringComparison.Ordinal);
        Assert.Contains($"  {Week}: ", error, StringComparison.Ordinal);
        Assert.Contains($"repair --index {Index} --week {Week}", error, StringComparison.Ordinal);
        Assert.Equal(before, FilesOf(Index));
    }

    [Theory]
    [InlineData(WeekFolderDamage.TruncatedStoredFields)]
    [InlineData(WeekFolderDamage.MissingPostings)]
    public async Task Repair_drops_the_broken_segments_and_ingesting_the_week_again_brings_every_crash_back(
        string damage)
    {
        var source = await IngestAsync("week.jsonl", "week-1", "week-2", "week-3");
        WeekFolderDamage.Apply(WeekFolder, damage);

        Assert.Equal(IngestCommand.Ran, await RunAsync("repair", "--index", Index, "--week", Week));
        Assert.Matches(
            $@"^week {Week} repaired: dropped [1-9]\d* broken segment\(s\) holding [1-9]\d* crash\(es\)\.",
            _output.ToString());
        Assert.Equal(IngestCommand.Ran, await RunAsync("--source", source, "--index", Index, "--once"));

        Assert.Equal(["week-1", "week-2", "week-3"], await LuceneIngest.UuidsAsync(Index));
        Assert.True(await ReadyAsync(), "the week is still damaged after the repair and the new ingest");
    }

    [Theory]
    [InlineData(WeekFolderDamage.DeletedCommit)]
    [InlineData(WeekFolderDamage.CutCommit)]
    public async Task Repair_of_a_week_whose_commit_is_lost_says_to_delete_the_folder_and_that_brings_every_crash_back(
        string damage)
    {
        var source = await IngestAsync("week.jsonl", "week-1", "week-2");
        WeekFolderDamage.Apply(WeekFolder, damage);

        Assert.Equal(IngestCommand.CouldNotRun, await RunAsync("repair", "--index", Index, "--week", Week));
        Assert.Contains(
            $"Delete the folder '{WeekFolder}' and ingest that week again from its source.",
            _error.ToString(),
            StringComparison.Ordinal);
        Directory.Delete(WeekFolder, recursive: true);
        Assert.Equal(IngestCommand.Ran, await RunAsync("--source", source, "--index", Index, "--once"));

        Assert.Equal(["week-1", "week-2"], await LuceneIngest.UuidsAsync(Index));
        Assert.True(await ReadyAsync());
    }

    [Fact]
    public async Task Repairing_an_intact_week_changes_nothing()
    {
        await IngestAsync("week.jsonl", "week-1");
        var before = FilesOf(WeekFolder);

        Assert.Equal(IngestCommand.Ran, await RunAsync("repair", "--index", Index, "--week", Week));

        Assert.Equal($"week {Week} is intact; nothing was changed.", _output.ToString().Trim());
        Assert.Equal(before, FilesOf(WeekFolder));
    }

    async Task<string> IngestAsync(string file, params string[] uuids)
    {
        var source = Crashes(file, uuids);
        Assert.Equal(IngestCommand.Ran, await RunAsync("--source", source, "--index", Index, "--once"));
        Assert.True(Directory.Exists(WeekFolder), $"the test crashes are not in {Week}");
        return source;
    }

    string Crashes(string file, params string[] uuids) =>
        _temp.Write(file, string.Join('\n', uuids.Select(u => TestCrashes.Minimal(u).ToJsonString())) + "\n");

    async Task<int> RunAsync(params string[] args)
    {
        _output.GetStringBuilder().Clear();
        _error.GetStringBuilder().Clear();
        return await IngestCommand.RunAsync(args, _output, _error);
    }

    async Task<bool> ReadyAsync()
    {
        using var index = LuceneCrashIndex.Open(
            Index, FieldCatalogue.Default, new LuceneIndexOptions { ReadOnly = true });
        return (await index.GetStatusAsync(TestContext.Current.CancellationToken)).Ready;
    }

    static string FilesOf(string folder) => string.Join(
        '\n',
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f) != "writer.lock")
        .Select(f => $"{f}:{new FileInfo(f).Length}:{File.GetLastWriteTimeUtc(f).Ticks}")
        .Order(StringComparer.Ordinal));
}
