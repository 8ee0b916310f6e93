using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

public sealed class DurabilityTests : IDisposable
{
    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_iso_week_gets_its_own_folder()
    {
        using var index = await OpenWith(_directory, Crash("a", Monday.AddHours(5), new { }), Crash("b", Monday.AddDays(8), new { }), Crash("c", Monday.AddDays(-1), new { }));
        await index.CommitAsync(null, Token);
        var folders = Directory.GetDirectories(_directory.Path).Select(Path.GetFileName).Where(n => n!.Contains("-W", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["2026-W46", "2026-W47", "2026-W48"], folders);
        Assert.Equal(3, index.CountAll());
    }

    [Fact]
    public async Task Indexing_a_uuid_again_replaces_it_within_and_across_weeks()
    {
        using var index = await OpenWith(_directory, Crash("a", Monday, new { signature = "first" }));
        await index.IndexAsync([Crash("a", Monday.AddHours(1), new { signature = "second" })], Token);
        Assert.Equal(1, index.CountAll());
        await index.IndexAsync([Crash("a", Monday.AddDays(7), new { signature = "moved" })], Token);
        await index.CommitAsync(null, Token);
        Assert.Equal(1, index.CountAll());
        var hit = (await index.SearchAsync(Query() with { Columns = ["signature", "date"] }, Token)).Hits.Single();
        Assert.Equal(["moved"], hit.Fields["signature"]);
        Assert.Equal([Monday.AddDays(7)], hit.Fields["date"]);
    }

    [Fact]
    public async Task Within_one_batch_the_last_occurrence_of_a_uuid_wins()
    {
        using var index = await OpenWith(_directory, Crash("a", Monday, new { signature = "first" }), Crash("a", Monday.AddDays(7), new { signature = "last" }));
        var hits = (await index.SearchAsync(Query() with { Columns = ["signature"] }, Token)).Hits;
        Assert.Equal(["last"], hits.Single().Fields["signature"]);
    }

    [Fact]
    public async Task Commits_running_while_crashes_are_indexed_lose_nothing_and_the_next_search_sees_everything()
    {
        var crashes = Enumerable.Range(0, 600).Select(i => Crash($"c{i:D4}", Monday.AddHours(i % 400), new { signature = $"s{i % 7}" })).ToList();
        using (var index = Open(_directory))
        {
            using var indexingDone = new CancellationTokenSource();
            var commits = Task.Run(async () =>
            {
                var count = 0;
                while (!indexingDone.IsCancellationRequested)
                {
                    await index.CommitAsync(new Dictionary<string, string> { ["test"] = $"commit {count}" }, Token);
                    count++;
                }
                return count;
            }, Token);
            foreach (var batch in crashes.Chunk(20))
                await index.IndexAsync(batch, Token);
            await indexingDone.CancelAsync();
            Assert.True(await commits > 0);
            await index.CommitAsync(null, Token);
            // A commit marks the readers stale instead of reopening them at once; the next search reopens them.
            Assert.Equal(600, (await index.SearchAsync(Query() with { Size = 0 }, Token)).Total);
        }
        using var reopened = Open(_directory);
        Assert.Equal(600, reopened.CountAll());
        Assert.Equal(crashes.Select(c => c.Uuid), (await reopened.SearchAsync(Query() with { Size = 1000, Columns = ["uuid"], Sort = [new SortField("uuid", false)] }, Token)).Hits.Select(h => h.Uuid));
    }

    [Fact]
    public async Task An_invalid_crash_is_refused_with_its_reason()
    {
        using var index = Open(_directory);
        var error = await Assert.ThrowsAsync<Documents.InvalidCrashException>(() =>
            index.IndexAsync([Crash("a", Monday, new { cpu_count = "many" })], Token));
        Assert.Contains("cpu_count", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<Documents.InvalidCrashException>(() => index.IndexAsync([Crash("b", Monday, new { nonsense = "x" })], Token));
        Assert.Equal(0, index.CountAll());
    }

    [Fact]
    public async Task The_refusal_of_a_protected_value_never_repeats_the_value()
    {
        using var index = Open(_directory);
        var error = await Assert.ThrowsAsync<Documents.InvalidCrashException>(() =>
            index.IndexAsync([Crash("a", Monday, new { email = 1234567L })], Token));
        Assert.Contains("email", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_write_lock_left_by_a_killed_process_does_not_prevent_reopening()
    {
        using (var index = await OpenWith(_directory, Crash("a", Monday, new { }), Crash("b", Monday.AddDays(7), new { })))
            await index.CommitAsync(null, Token);
        foreach (var folder in new[] { "", "2026-W47", "2026-W48", "_meta" })
            await File.WriteAllTextAsync(Path.Combine(_directory.Path, folder, "write.lock"), "", Token);
        using var reopened = Open(_directory);
        Assert.Equal(2, reopened.CountAll());
        await reopened.IndexAsync([Crash("c", Monday, new { })], Token);
        await reopened.CommitAsync(null, Token);
        Assert.Equal(3, reopened.CountAll());
    }

    [Fact]
    public async Task The_files_of_a_writer_that_never_closed_reopen_with_the_last_commit()
    {
        using var copy = new TempDirectory();
        using (var live = await OpenWith(_directory, Crash("committed", Monday, new { })))
        {
            await live.CommitAsync(new Dictionary<string, string> { ["position"] = "1" }, Token);
            await live.IndexAsync([Crash("uncommitted", Monday.AddHours(1), new { })], Token);
            Assert.Equal(2, live.CountAll());
            // What a kill -9 leaves: the live writer's files, lock files included, as they are on disk right now.
            CopyTree(_directory.Path, copy.Path);
        }
        using var reopened = LuceneCrashIndex.Open(copy.Path, FieldCatalogue.Default, new LuceneIndexOptions { RefreshInterval = TimeSpan.Zero });
        Assert.Equal(["committed"], await reopened.Uuids(null));
        Assert.Equal("1", (await reopened.ReadCheckpointAsync(Token))["position"]);
    }

    [Fact]
    public async Task A_second_writer_on_the_same_directory_fails_at_once_with_a_clear_message()
    {
        using var first = Open(_directory);
        var started = Environment.TickCount64;
        var error = Assert.Throws<InvalidOperationException>(() => Open(_directory));
        Assert.Contains("already open for writing", error.Message, StringComparison.Ordinal);
        Assert.InRange(Environment.TickCount64 - started, 0, 5000);
        await first.IndexAsync([Crash("a", Monday, new { })], Token);
        Assert.Equal(1, first.CountAll());
    }

    [Fact]
    public async Task A_read_only_instance_follows_the_commits_of_a_writer()
    {
        using var reader = Open(_directory, readOnly: true);
        Assert.Equal(0, reader.CountAll());
        Assert.Empty(await reader.Uuids(null));
        using var writer = await OpenWith(_directory, Crash("a", Monday, new { }));
        Assert.Empty(await reader.Uuids(null));
        await writer.CommitAsync(null, Token);
        Assert.Equal(["a"], await reader.Uuids(null));
        await writer.IndexAsync([Crash("b", Monday.AddDays(14), new { }), Crash("c", Monday.AddHours(2), new { })], Token);
        Assert.Equal(["a"], await reader.Uuids(null));
        await writer.CommitAsync(null, Token);
        Assert.Equal(["a", "b", "c"], await reader.Uuids(null));
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.IndexAsync([Crash("d", Monday, new { })], Token));
    }

    [Fact]
    public async Task A_read_only_instance_of_a_missing_directory_is_empty_and_creates_nothing()
    {
        var missing = Path.Combine(_directory.Path, "not-yet");
        using var reader = LuceneCrashIndex.Open(missing, FieldCatalogue.Default, new LuceneIndexOptions { ReadOnly = true, RefreshInterval = TimeSpan.Zero });
        Assert.Equal(0, reader.CountAll());
        Assert.Equal(0, (await reader.SearchAsync(Query(), Token)).Total);
        Assert.Empty(await reader.ReadCheckpointAsync(Token));
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Deleting_a_week_folder_removes_its_crashes_from_a_read_only_instance()
    {
        using (var writer = await OpenWith(_directory, Crash("old", Monday, new { }), Crash("new", Monday.AddDays(7), new { })))
            await writer.CommitAsync(null, Token);
        using var reader = Open(_directory, readOnly: true);
        Assert.Equal(["new", "old"], await reader.Uuids(null));
        Directory.Delete(Path.Combine(_directory.Path, "2026-W47"), recursive: true);
        Assert.Equal(["new"], await reader.Uuids(null));
        Assert.Equal(1, reader.CountAll());
    }

    [Fact]
    public async Task A_read_only_instance_waits_for_the_refresh_interval()
    {
        using var writer = await OpenWith(_directory, Crash("a", Monday, new { }));
        await writer.CommitAsync(null, Token);
        using var reader = LuceneCrashIndex.Open(_directory.Path, FieldCatalogue.Default, new LuceneIndexOptions { ReadOnly = true, RefreshInterval = TimeSpan.FromSeconds(1) });
        Assert.Equal(["a"], await reader.Uuids(null));
        await writer.IndexAsync([Crash("b", Monday, new { })], Token);
        await writer.CommitAsync(null, Token);
        Assert.Equal(["a"], await reader.Uuids(null));
        await Eventually.TrueAsync(async () => (await reader.Uuids(null)).Count == 2, "the reader to refresh");
        Assert.Equal(["a", "b"], await reader.Uuids(null));
    }

    [Fact]
    public async Task The_checkpoint_round_trips_through_commits_and_reopening()
    {
        using (var index = await OpenWith(_directory, Crash("a", Monday, new { })))
        {
            Assert.Empty(await index.ReadCheckpointAsync(Token));
            await index.CommitAsync(new Dictionary<string, string> { ["source"] = "file", ["offset"] = "42" }, Token);
            await index.IndexAsync([Crash("b", Monday, new { })], Token);
            await index.CommitAsync(null, Token);
            Assert.Equal("42", (await index.ReadCheckpointAsync(Token))["offset"]);
            using var follower = Open(_directory, readOnly: true);
            Assert.Equal("file", (await follower.ReadCheckpointAsync(Token))["source"]);
        }
        using var reopened = Open(_directory);
        var checkpoint = await reopened.ReadCheckpointAsync(Token);
        Assert.Equal(2, checkpoint.Count);
        Assert.Equal("42", checkpoint["offset"]);
        Assert.Equal(2, reopened.CountAll());
    }

    [Fact]
    public async Task Searches_run_safely_alongside_indexing_and_commits()
    {
        using var index = Open(_directory);
        var writing = Task.Run(async () =>
        {
            for (var batch = 0; batch < 20; batch++)
            {
                await index.IndexAsync(Enumerable.Range(0, 50).Select(i => Crash($"{batch}-{i}", Monday.AddMinutes(batch * 50 + i), new { product = "Firefox" })).ToList(), Token);
                if (batch % 5 == 4)
                    await index.CommitAsync(null, Token);
            }
        }, Token);
        var query = Query() with { Size = 5, Aggregations = [new TermsAggregation("p", "product", 5, [])] };
        var reading = System.Diagnostics.Stopwatch.StartNew();
        while (!writing.IsCompleted)
        {
            Assert.True(reading.Elapsed < Eventually.Limit, "the writer did not finish");
            var result = await index.SearchAsync(query, Token);
            Assert.Equal(result.Total, result.Aggregations.Single().Buckets.Sum(b => b.Count));
        }
        await writing;
        await index.CommitAsync(null, Token);
        Assert.Equal(1000, (await index.SearchAsync(query, Token)).Total);
    }

    static void CopyTree(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = file.Replace(from, to, StringComparison.Ordinal);
            // Lock files are empty; the live process holds an OS lock on them that a killed one would not.
            if (file.EndsWith(".lock", StringComparison.Ordinal))
            {
                File.WriteAllBytes(copy, []);
                continue;
            }
            using var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var target = File.Create(copy);
            source.CopyTo(target);
        }
    }
}
