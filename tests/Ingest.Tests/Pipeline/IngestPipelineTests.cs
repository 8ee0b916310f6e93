using System.Globalization;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Ingest.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrashSearch.Ingest.Tests.Pipeline;

public sealed class IngestPipelineTests : IDisposable
{
    readonly TempDirectory _temp = new();
    readonly RecordingCrashIndex _index = new();

    public void Dispose() => _temp.Dispose();

    IngestPipeline Pipeline(IngestOptions? options = null) => new(
        _index, new Quarantine(_temp.Combine("quarantine")), new CrashDocumentBuilder(FieldCatalogue.Default),
        options ?? new IngestOptions(), NullLogger<IngestPipeline>.Instance);

    static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Commits after every batch, a backlog's included.</summary>
    static IngestOptions Committing(IngestOptions options)
    {
        options.CommitInterval = TimeSpan.Zero;
        options.BacklogCommitInterval = TimeSpan.Zero;
        return options;
    }

    [Fact]
    public async Task Crashes_are_indexed_in_size_bounded_batches_in_source_order_and_committed_at_the_end()
    {
        var summary = await Pipeline(new IngestOptions { BatchSize = 10, Parallelism = 2 })
            .RunAsync(new ListSource(Enumerable.Range(0, 25).Select(ListSource.Crash)), Token);

        Assert.Equal([10, 10, 5], _index.Batches.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"crash-{i:D4}"), _index.Documents.Select(d => d.Uuid));
        Assert.Equal(25, _index.CommittedDocuments);
        Assert.Equal((25L, 0L), (summary.Ingested, summary.Quarantined));
        Assert.True(summary.Bytes > 25 * 100);
        Assert.True(summary.CrashesPerSecond > 0);
    }

    [Fact]
    public async Task Bad_records_go_to_quarantine_with_their_reason_and_the_run_carries_on()
    {
        var records = new[]
        {
            ListSource.Crash(1),
            ListSource.Record("bad:json", "{\"uuid\": "),
            ListSource.Record("bad:uuid", "{\"date_processed\": \"2026-11-20\"}"),
            ListSource.Crash(2),
            ListSource.Record("bad:type", TestCrashes.Minimal("x").ToJsonString().Replace("\"cpu_count\":8", "\"cpu_count\":\"abc\"", StringComparison.Ordinal)),
            ListSource.Record("big", new string(' ', 5000) + TestCrashes.Minimal("y").ToJsonString()),
        };
        var summary = await Pipeline(new IngestOptions { MaxRecordBytes = 4000 }).RunAsync(new ListSource(records), Token);

        Assert.Equal((2L, 4L), (summary.Ingested, summary.Quarantined));
        Assert.Equal(["crash-0001", "crash-0002"], _index.Documents.Select(d => d.Uuid));
        var reasons = Directory.GetFiles(_temp.Combine("quarantine"), "*.reason.json", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToList();
        Assert.Equal(4, reasons.Count);
        Assert.Contains(reasons, r => r.Contains("\"bad:json\"", StringComparison.Ordinal) && r.Contains("invalid JSON", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("\"bad:uuid\"", StringComparison.Ordinal) && r.Contains("required field 'uuid' (uuid) is missing", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("\"bad:type\"", StringComparison.Ordinal) && r.Contains("expected an integer", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("\"big\"", StringComparison.Ordinal) && r.Contains("over the limit of 4000 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_partial_batch_is_indexed_and_committed_when_the_source_goes_quiet()
    {
        var source = new FedSource();
        var run = Pipeline(new IngestOptions { BatchTimeout = TimeSpan.FromMilliseconds(100), CommitInterval = TimeSpan.FromMilliseconds(300) }).RunAsync(source, Token);
        source.Add(ListSource.Crash(1));
        source.Add(ListSource.Crash(2));

        await Eventually.TrueAsync(() => _index.CommittedDocuments == 2, "the two crashes to be committed");
        // One batch or two, as the machine's speed decides: either is smaller than a full batch and committed.
        Assert.Equal(2, _index.Documents.Count);
        Assert.False(run.IsCompleted);
        source.Complete();
        Assert.Equal(2, (await run).Ingested);
    }

    [Fact]
    public async Task Commits_happen_at_most_every_commit_interval()
    {
        await Pipeline(new IngestOptions { BatchSize = 1, CommitInterval = TimeSpan.FromHours(1) })
            .RunAsync(new ListSource(Enumerable.Range(0, 20).Select(ListSource.Crash)), Token);
        Assert.Equal(20, _index.Batches.Count);
        Assert.Equal(1, _index.Commits);
    }

    [Fact]
    public async Task While_every_batch_is_full_commits_wait_for_the_backlog_commit_interval()
    {
        var options = new IngestOptions
        {
            BatchSize = 10,
            CommitInterval = TimeSpan.Zero,
            BacklogCommitInterval = TimeSpan.FromHours(1),
        };
        var summary = await Pipeline(options).RunAsync(new NumberedSource(100), Token);

        Assert.Equal(100, summary.Ingested);
        Assert.Equal(10, _index.Batches.Count);
        // Only the commit at the end: a backlog is written in few, large segments.
        Assert.Equal(1, _index.Commits);
    }

    [Fact]
    public async Task Once_the_source_goes_quiet_after_a_backlog_the_commit_interval_applies_again()
    {
        var source = new FedSource();
        var options = new IngestOptions
        {
            BatchSize = 10,
            BatchTimeout = TimeSpan.FromMilliseconds(100),
            CommitInterval = TimeSpan.FromMilliseconds(300),
            BacklogCommitInterval = TimeSpan.FromHours(1),
        };
        var run = Pipeline(options).RunAsync(source, Token);
        foreach (var i in Enumerable.Range(0, 20))
            source.Add(ListSource.Crash(i));

        // Two full batches, then silence: the crashes are committed within the short interval, not the backlog's.
        await Eventually.TrueAsync(() => _index.CommittedDocuments == 20, "the backlog to be committed once it ends");
        Assert.False(run.IsCompleted);
        source.Complete();
        Assert.Equal(20, (await run).Ingested);
    }

    [Fact]
    public async Task A_failing_index_stops_the_run_with_its_error()
    {
        var failure = new IOException("disk full");
        _index.FailIndexWith = failure;
        var source = new EndlessSource();
        var error = await Assert.ThrowsAsync<IOException>(() => Pipeline(new IngestOptions { BatchSize = 10 }).RunAsync(source, Token));
        Assert.Same(failure, error);
        // The run stopped reading its source: the source's reader was closed.
        await Eventually.TrueAsync(() => source.Closed, "the source to be closed");
    }

    [Fact]
    public async Task A_failing_commit_stops_the_run_with_its_error()
    {
        _index.FailCommitWith = new InvalidOperationException("commit refused");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Pipeline().RunAsync(new ListSource(Enumerable.Range(0, 3).Select(ListSource.Crash)), Token));
        Assert.Equal("commit refused", error.Message);
    }

    [Fact]
    public async Task A_failing_source_fails_the_run_after_committing_what_it_read()
    {
        var error = await Assert.ThrowsAsync<IOException>(() =>
            Pipeline().RunAsync(new ListSource(Enumerable.Range(0, 3).Select(ListSource.Crash), new IOException("unreadable")), Token));
        Assert.Equal("unreadable", error.Message);
        Assert.Equal(3, _index.CommittedDocuments);
    }

    [Fact]
    public async Task Cancelling_drains_the_batch_in_flight_and_commits_it()
    {
        _index.IndexDelay = TimeSpan.FromMilliseconds(20);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var source = new EndlessSource();
        var run = Pipeline(new IngestOptions { BatchSize = 50, CommitInterval = TimeSpan.FromHours(1) }).RunAsync(source, stop.Token);
        await Eventually.TrueAsync(() => _index.Batches.Count >= 2, "two batches to be indexed");
        await stop.CancelAsync();

        var summary = await run;

        Assert.True(summary.Ingested >= 100);
        Assert.Equal(summary.Ingested, _index.Documents.Count);
        Assert.Equal(summary.Ingested, _index.CommittedDocuments);
        Assert.Equal(1, _index.Commits);
        Assert.Equal(_index.Documents.Select((d, i) => $"crash-{i:D4}"), _index.Documents.Select(d => d.Uuid));
    }

    [Fact]
    public async Task A_commit_runs_while_the_next_batches_are_indexed_and_stores_only_positions_indexed_before_it()
    {
        // The first commit ends only once the second batch is indexed: a pipeline that waited for it would fail.
        _index.FirstCommitWaitsForBatches = 2;
        var summary = await Pipeline(Committing(new IngestOptions { BatchSize = 10 })).RunAsync(new NumberedSource(100), Token);

        Assert.Equal(100, summary.Ingested);
        Assert.True(_index.Commits > 1);
        // A checkpoint never runs ahead of the documents indexed before its commit started.
        Assert.All(_index.CommitLog, c => Assert.True(int.Parse(c.Checkpoint!["test:numbered"], CultureInfo.InvariantCulture) < c.IndexedBefore, $"{c.Checkpoint!["test:numbered"]} of {c.IndexedBefore}"));
        Assert.Equal("99", _index.CommitLog[^1].Checkpoint!["test:numbered"]);
        Assert.Equal(100, _index.CommittedDocuments);
    }

    [Fact]
    public async Task A_commit_failing_in_the_background_stops_the_run_with_its_error()
    {
        _index.CommitDelay = TimeSpan.FromMilliseconds(20);
        _index.FailCommitWith = new IOException("disk full");
        var error = await Assert.ThrowsAsync<IOException>(() =>
            Pipeline(Committing(new IngestOptions { BatchSize = 10 })).RunAsync(new EndlessSource(), Token));
        Assert.Equal("disk full", error.Message);
    }

    [Fact]
    public async Task A_pipeline_runs_one_source_at_a_time()
    {
        var pipeline = Pipeline();
        var source = new FedSource();
        var first = pipeline.RunAsync(source, Token);
        await Assert.ThrowsAsync<InvalidOperationException>(() => pipeline.RunAsync(new FedSource(), Token));
        source.Complete();
        await first;
        source = new FedSource();
        source.Complete();
        Assert.Equal(0, (await pipeline.RunAsync(source, Token)).Ingested);
    }
}
