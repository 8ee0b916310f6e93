using System.Threading.Channels;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Elasticsearch;
using CrashSearch.Ingest.Checkpoints;
using CrashSearch.Ingest.Metrics;
using CrashSearch.Ingest.Sources;
using Microsoft.Extensions.Logging;

namespace CrashSearch.Ingest;

/// <summary>
/// Source -> parse and convert (on <see cref="IngestOptions.Parallelism"/> threads) -> batches -> index -> commit.
/// Bad records go to the quarantine and the run carries on; a failing index or source stops the run with its
/// error. Cancelling stops reading, then indexes and commits everything already read before returning.
/// A resumable source (<see cref="IResumableCrashSource"/>) starts from the position stored in the index's
/// checkpoint, and every commit stores the position of the last record it covers, atomically with the documents.
/// </summary>
internal sealed class IngestPipeline(
    ICrashIndex index, Quarantine quarantine, CrashDocumentBuilder builder, IngestOptions options,
        ILogger<IngestPipeline> logger,
    TimeProvider? time = null, IngestMetrics? metrics = null)
{
    readonly TimeProvider _time = time ?? TimeProvider.System;
    IngestRun? _current;
    int _running;

    /// <summary>Counters of the run in progress (or of the last run).</summary>
    public IngestSummary Progress => _current?.Summary() ?? new IngestSummary(0, 0, 0, TimeSpan.Zero);

    /// <summary>How much the source of the run holds, once measured (see <see cref="ISizedSource"/>).</summary>
    public SourceSize? SourceSize => _current?.Size;

    public async Task<IngestSummary> RunAsync(ICrashSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        options.Validate();
        if (Interlocked.Exchange(ref _running, 1) == 1)
            throw new InvalidOperationException("This pipeline is already running.");
        try
        {
            var run = _current = new IngestRun(_time, metrics);
            IngestLog.Started(logger, source.Description);
            // Measured beside the run, not before it: counting a large table may take a while.
            using var measure = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var measuring = source is ISizedSource sized ? MeasureAsync(sized, run, measure.Token) : Task.CompletedTask;
            try
            {
                return await RunAsync(source, run, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await measure.CancelAsync();
                await measuring;
            }
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Sets the run's source size; a source that cannot be measured is only shown without a bar.</summary>
    async Task MeasureAsync(ISizedSource source, IngestRun run, CancellationToken cancellationToken)
    {
        try
        {
            string? position = null;
            if (source is IResumableCrashSource resumable)
            {
                var stored = await index.ReadCheckpointAsync(cancellationToken);
                position = new CheckpointTracker(resumable.CheckpointKey, stored).ResumePosition;
            }
            run.Size = await source.MeasureAsync(position, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            IngestLog.NotMeasured(logger, source.Description, e.Message);
        }
    }

    async Task<IngestSummary> RunAsync(ICrashSource source, IngestRun run, CancellationToken cancellationToken)
    {
        CheckpointTracker? checkpoint = null;
        Func<CancellationToken, IAsyncEnumerable<SourceRecord>> read = source.ReadAsync;
        if (source is IResumableCrashSource resumable)
        {
            checkpoint = new CheckpointTracker(resumable.CheckpointKey,
                await index.ReadCheckpointAsync(cancellationToken).ConfigureAwait(false));
            if (checkpoint.ResumePosition is { } position)
                IngestLog.Resuming(logger, source.Description, position);
            var from = checkpoint.ResumePosition;
            read = token => resumable.ReadAsync(from, token);
        }
        var capacity = Math.Max(options.BatchSize, 64) * 2;
        var work = Channel.CreateBounded<PendingRecord>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var ordered = Channel.CreateBounded<PendingRecord>(
            new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true });
        // Cancelled only when the run fails: stops reading and parsing at once.
        using var failed = new CancellationTokenSource();
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, failed.Token);
        using var draining = cancellationToken.Register(() => IngestLog.Draining(logger));

        var reader = Task.Run(() => ReadAsync(read, work.Writer, ordered.Writer, stopReading.Token),
            CancellationToken.None);
        var parsers = new Task[options.Parallelism];
        for (var i = 0; i < parsers.Length; i++)
            parsers[i] = Task.Run(() => ParseAsync(work.Reader, failed.Token), CancellationToken.None);
        try
        {
            await new IngestBatcher(index, quarantine, options, logger, _time, run,
                checkpoint).RunAsync(ordered.Reader).ConfigureAwait(false);
        }
        catch
        {
            await failed.CancelAsync().ConfigureAwait(false);
            // Their errors can only be cancellations caused by this failure, which is the one to report.
            await Task.WhenAll([reader, .. parsers]).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            run.Finish();
            throw;
        }
        // The reader's own failure (an unreadable file, say) surfaces after what it read was committed.
        await reader.ConfigureAwait(false);
        await Task.WhenAll(parsers).ConfigureAwait(false);
        run.Finish();
        var summary = run.Summary();
        IngestLog.Finished(logger, source.Description, summary);
        return summary;
    }

    static async Task ReadAsync(Func<CancellationToken, IAsyncEnumerable<SourceRecord>> read,
        ChannelWriter<PendingRecord> work, ChannelWriter<PendingRecord> ordered, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var record in read(cancellationToken).ConfigureAwait(false))
            {
                var pending = new PendingRecord(record);
                await work.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
                await ordered.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stop reading; what is queued is still indexed.
        }
        finally
        {
            work.Complete();
            ordered.Complete();
        }
    }

    async Task ParseAsync(ChannelReader<PendingRecord> work, CancellationToken cancellationToken)
    {
        await foreach (var pending in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var retention = RetentionLimit.For(options.RetentionWeeks, _time.GetUtcNow());
            pending.Convert(builder, options.MaxRecordBytes, retention, keepData: index is ElasticsearchCrashIndex);
        }
    }
}
