using System.IO.Compression;
using System.Text;
using CrashSearch.Ingest.Sources;
using Microsoft.Extensions.Time.Testing;

namespace CrashSearch.Ingest.Tests.Sources;

public sealed class FileCrashSourceTests
{
    [Fact]
    public async Task A_json_file_is_one_record()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("crash.json", "{\"uuid\":\"a\"}");
        var records = await new FileCrashSource(file, watch: false, TimeProvider.System).ReadAllAsync();
        Assert.Equal([new SourceRecord(file, records[0].Data)], records);
        Assert.Equal("{\"uuid\":\"a\"}", records[0].Text());
    }

    [Fact]
    public async Task A_jsonl_file_is_one_record_per_line_with_its_line_number()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("crashes.jsonl", "{\"uuid\":\"a\"}\n\n{\"uuid\":\"b\"}\n");
        var records = await new FileCrashSource(file, watch: false, TimeProvider.System).ReadAllAsync();
        Assert.Equal([$"{file}:1", $"{file}:3"], records.Select(r => r.Origin));
        Assert.Equal(["{\"uuid\":\"a\"}", "{\"uuid\":\"b\"}"], records.Select(r => r.Text()));
    }

    [Fact]
    public async Task A_gzipped_jsonl_file_is_decompressed()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("crashes.jsonl.gz");
        await using (var gzip = new GZipStream(File.Create(file), CompressionLevel.Fastest))
            await gzip.WriteAsync(Encoding.UTF8.GetBytes("{\"uuid\":\"a\"}\n{\"uuid\":\"b\"}\n"), TestContext.Current.CancellationToken);
        var records = await new FileCrashSource(file, watch: false, TimeProvider.System).ReadAllAsync();
        Assert.Equal(["{\"uuid\":\"a\"}", "{\"uuid\":\"b\"}"], records.Select(r => r.Text()));
    }

    [Fact]
    public async Task A_directory_is_read_recursively_in_path_order_with_Socorro_storage_and_without_sidecars()
    {
        using var temp = new TempDirectory();
        temp.Write("b/2.json", "2");
        temp.Write("a/1.json", "1");
        temp.Write("a/1.reason.json", "sidecar");
        temp.Write("notes.txt", "not a crash");
        temp.Write("more.jsonl", "lines are for jsonl sources");
        temp.Write(".hidden.json", "hidden");
        temp.Write("v1/processed_crash/de1bb258-cbbf-4589-a673-34f802160918", "socorro");
        temp.Write("v1/raw_crash/de1bb258-cbbf-4589-a673-34f802160918", "raw, not processed");
        var records = await new FileCrashSource(temp.Path, watch: false, TimeProvider.System).ReadAllAsync();
        Assert.Equal(["1", "2", "socorro"], records.Select(r => r.Text()));
        Assert.Equal(temp.Combine("a", "1.json"), records[0].Origin);
    }

    [Fact]
    public async Task A_watched_directory_picks_up_new_and_rewritten_files_once()
    {
        using var temp = new TempDirectory();
        temp.Write("1.json", "first");
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(1));
        var source = new FileCrashSource(temp.Path, watch: true, time) { PollInterval = TimeSpan.FromSeconds(2) };
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        await using var records = source.ReadAsync(cancellation.Token).GetAsyncEnumerator(cancellation.Token);

        Assert.True(await records.MoveNextAsync());
        Assert.Equal("first", records.Current.Text());
        var next = records.MoveNextAsync().AsTask();
        temp.Write("2.json", "second");
        File.SetLastWriteTimeUtc(temp.Combine("2.json"), DateTime.UtcNow.AddSeconds(-30));
        await PollUntilReadAsync(time, next);
        Assert.True(await next);
        Assert.Equal("second", records.Current.Text());

        next = records.MoveNextAsync().AsTask();
        temp.Write("1.json", "first, rewritten");
        File.SetLastWriteTimeUtc(temp.Combine("1.json"), DateTime.UtcNow.AddSeconds(-20));
        await PollUntilReadAsync(time, next);
        Assert.True(await next);
        Assert.Equal("first, rewritten", records.Current.Text());

        // Nothing changed for five polls, then a new file: the next record is that file, nothing read again.
        next = records.MoveNextAsync().AsTask();
        time.Advance(TimeSpan.FromSeconds(10));
        temp.Write("3.json", "third");
        File.SetLastWriteTimeUtc(temp.Combine("3.json"), DateTime.UtcNow.AddSeconds(-10));
        await PollUntilReadAsync(time, next);
        Assert.True(await next);
        Assert.Equal("third", records.Current.Text());

        next = records.MoveNextAsync().AsTask();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
    }

    /// <summary>Lets poll intervals pass on the fake clock until the pending read completes.</summary>
    static Task PollUntilReadAsync(FakeTimeProvider time, Task<bool> next) =>
        Eventually.TrueAsync(() =>
        {
            time.Advance(TimeSpan.FromSeconds(2));
            return next.IsCompleted;
        }, "the watched directory to yield a record");

    [Fact]
    public async Task A_missing_path_is_a_clear_error()
    {
        var source = new FileCrashSource("/no/such/crashes.json", watch: false, TimeProvider.System);
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => source.ReadAllAsync());
        Assert.Equal("The source '/no/such/crashes.json' does not exist.", error.Message);
    }
}
