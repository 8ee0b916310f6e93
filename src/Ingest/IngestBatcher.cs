using System.Threading.Channels;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using CrashSearch.Ingest.Checkpoints;
using CrashSearch.Ingest.Sources;
using Microsoft.Extensions.Logging;

namespace CrashSearch.Ingest;

/// <summary>
/// The pipeline's last stage: takes converted records in source order, quarantines the bad ones, indexes the good
/// ones in batches bounded by size and age, and commits at most every commit interval (the backlog commit interval
/// while batches fill up faster than they age), and once at the end.
/// A commit runs in the background while the next batches are indexed (writing segments is much of a commit's
/// work, and it runs on one thread per index), one commit at a time; its failure stops the run at the next record.
/// Index and quarantine calls are not cancellable on purpose: a stop request drains rather than drops.
/// With a <paramref name="checkpoint"/>, each commit also stores the position of the last record it covers.
/// </summary>
internal sealed class IngestBatcher(
    ICrashIndex index, Quarantine quarantine, IngestOptions options, ILogger logger, TimeProvider time,
        IngestRun run, CheckpointTracker? checkpoint = null)
{
    static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);

    List<CrashDocument> _batch = new(options.BatchSize);
    // The records of the batch by uuid, for an index that refuses crashes one by one (RejectedCrashesException).
    Dictionary<string, SourceRecord> _records = new(StringComparer.Ordinal);
    long _batchStarted;
    long _lastCommit = time.GetTimestamp();
    long _lastProgress = time.GetTimestamp();
    bool _uncommitted;
    bool _behind;
    long _lastRecord = time.GetTimestamp();
    Task? _committing;
    (long Ingested, long Quarantined) _logged;

    public async Task RunAsync(ChannelReader<PendingRecord> records)
    {
        try
        {
            await BatchAsync(records).ConfigureAwait(false);
        }
        catch when (_committing is { } committing)
        {
            // The run fails with the first error; a commit still in flight must not outlive it (the caller disposes the
            // index).
            await committing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    async Task BatchAsync(ChannelReader<PendingRecord> records)
    {
        Task<bool>? waiting = null;
        while (true)
        {
            if (waiting is null && records.TryRead(out var pending))
            {
                await HandleAsync(pending).ConfigureAwait(false);
                continue;
            }
            waiting ??= records.WaitToReadAsync().AsTask();
            // A commit in flight wakes the loop too: when the source is quiet, its checkpoint and lag are recorded at
            // once.
            if (!waiting.IsCompleted && (NextDeadline() is not null || _committing is not null))
            {
                using var timerCancellation = new CancellationTokenSource();
                var timer = Task.Delay(NextDeadline() ?? Timeout.InfiniteTimeSpan, time, timerCancellation.Token);
                if (await Task.WhenAny(waiting, timer, _committing ?? timer).ConfigureAwait(false) != waiting)
                {
                    await OnTimerAsync().ConfigureAwait(false);
                    continue;
                }
                await timerCancellation.CancelAsync().ConfigureAwait(false);
            }
            if (!await waiting.ConfigureAwait(false))
                break;
            waiting = null;
        }
        await FlushAsync(commit: true).ConfigureAwait(false);
        await SettleCommitAsync(wait: true).ConfigureAwait(false);
    }

    async Task HandleAsync(PendingRecord pending)
    {
        await SettleCommitAsync(wait: false).ConfigureAwait(false);
        var (document, reason) = await pending.Result.ConfigureAwait(false);
        _lastRecord = time.GetTimestamp();
        run.AddBytes(pending.Bytes);
        if (document is not null)
        {
            if (_batch.Count == 0)
                _batchStarted = time.GetTimestamp();
            _batch.Add(document);
            _records[document.Uuid] = pending.Record;
            if (document.LongValueFields.Count > 0 || document.DroppedFrames > 0)
                IngestLog.Truncated(logger, pending.Record.Origin, document.Uuid, Truncation(document));
        }
        else
        {
            var path = quarantine.Add(pending.Record, reason!);
            run.AddQuarantined();
            IngestLog.Quarantined(logger, pending.Record.Origin, path, reason!);
        }
        if (checkpoint is not null)
        {
            checkpoint.Handled(pending.Record, nothingPending: _batch.Count == 0);
            // A run of quarantined records moves the position too, and that deserves a commit.
            _uncommitted |= checkpoint.HasUncommitted;
        }
        if (_batch.Count >= options.BatchSize || (_batch.Count > 0
            && time.GetElapsedTime(_batchStarted) >= options.BatchTimeout))
        {
            // A full batch means the source has more ready than a batch holds: the ingest is behind.
            _behind = _batch.Count >= options.BatchSize;
            await FlushAsync(commit: false).ConfigureAwait(false);
        }
        LogProgressIfDue();
    }

    static string Truncation(CrashDocument crash)
    {
        var cuts = new List<string>(2);
        if (crash.LongValueFields is { Count: > 0 } fields)
            cuts.Add($"values over {IndexLimits.MaxTermBytes} UTF-8 bytes in {string.Join(", ", fields)}");
        if (crash.DroppedFrames > 0)
            cuts.Add($"{crash.DroppedFrames} frames past the first {CrashDocumentBuilder.MaxFrames} dropped");
        return string.Join("; ", cuts);
    }

    async Task OnTimerAsync()
    {
        await SettleCommitAsync(wait: false).ConfigureAwait(false);
        // No record for a batch's timeout: the source is quiet, and the ingest has caught up with it.
        if (time.GetElapsedTime(_lastRecord) >= options.BatchTimeout)
            _behind = false;
        if (_batch.Count > 0 && time.GetElapsedTime(_batchStarted) >= options.BatchTimeout)
            await FlushAsync(commit: false).ConfigureAwait(false);
        if (_uncommitted && time.GetElapsedTime(_lastCommit) >= CommitInterval)
            await CommitAsync().ConfigureAwait(false);
        LogProgressIfDue();
    }

    /// <summary>Indexes the batch, then commits if the commit interval has passed (or always, at the end).</summary>
    async Task FlushAsync(bool commit)
    {
        if (_batch.Count > 0)
        {
            var batch = _batch;
            var records = _records;
            _batch = new List<CrashDocument>(options.BatchSize);
            _records = new Dictionary<string, SourceRecord>(StringComparer.Ordinal);
            try
            {
                await index.IndexAsync(batch, CancellationToken.None).ConfigureAwait(false);
            }
            catch (RejectedCrashesException rejected)
            {
                // The index kept the rest of the batch; the crashes it refused go to quarantine with its reason.
                foreach (var (uuid, reason) in rejected.Reasons)
                {
                    var why = $"the index refused it: {reason}";
                    var path = quarantine.Add(records[uuid], why);
                    run.AddQuarantined();
                    IngestLog.Quarantined(logger, records[uuid].Origin, path, why);
                }
                batch = [.. batch.Where(d => !rejected.Reasons.ContainsKey(d.Uuid))];
            }
            run.AddIngested(batch);
            checkpoint?.Indexed();
            _uncommitted = true;
        }
        if (_uncommitted && (commit || time.GetElapsedTime(_lastCommit) >= CommitInterval))
            await CommitAsync().ConfigureAwait(false);
    }

    /// <summary>Starts a commit of everything indexed so far, once the previous commit has finished.</summary>
    async Task CommitAsync()
    {
        await SettleCommitAsync(wait: true).ConfigureAwait(false);
        var map = checkpoint?.ToCommit();
        var ingested = run.Ingested;
        _lastCommit = time.GetTimestamp();
        _uncommitted = false;
        // The index's commit does its work before returning its task: on the thread pool, indexing goes on meanwhile.
        _committing = Task.Run(async () =>
        {
            await index.CommitAsync(map, CancellationToken.None).ConfigureAwait(false);
            IngestLog.Committed(logger, ingested);
        }, CancellationToken.None);
    }

    /// <summary>
    /// Records a finished commit (rethrowing its failure); with <paramref name="wait"/>, waits for one in flight.
    /// </summary>
    async Task SettleCommitAsync(bool wait)
    {
        if (_committing is not { } committing || (!wait && !committing.IsCompleted))
            return;
        _committing = null;
        await committing.ConfigureAwait(false);
        // The interval counts from the end of a commit, as when commits blocked indexing: committing more often
        // would make smaller segments, and merging them costs more than the overlap saves.
        _lastCommit = time.GetTimestamp();
        if (checkpoint is not null)
        {
            checkpoint.Committed();
            if (checkpoint.CommittedSourceTime is { } sourceTime)
                run.Committed(sourceTime);
        }
    }

    /// <summary>The interval that applies now: fewer, larger segments while a backlog is read.</summary>
    TimeSpan CommitInterval => _behind ? options.BacklogCommitInterval : options.CommitInterval;

    /// <summary>How long the loop may wait for records before a batch, a commit or a progress line is due.</summary>
    TimeSpan? NextDeadline()
    {
        TimeSpan? next = null;
        if (_batch.Count > 0)
            next = Earliest(next, options.BatchTimeout - time.GetElapsedTime(_batchStarted));
        if (_uncommitted)
            next = Earliest(next, CommitInterval - time.GetElapsedTime(_lastCommit));
        if (_behind)
            next = Earliest(next, options.BatchTimeout - time.GetElapsedTime(_lastRecord));
        if (ProgressChanged())
            next = Earliest(next, options.ProgressInterval - time.GetElapsedTime(_lastProgress));
        return next;
    }

    static TimeSpan Earliest(TimeSpan? current, TimeSpan candidate)
    {
        var wait = candidate < MinimumWait ? MinimumWait : candidate;
        return current is { } c && c < wait ? c : wait;
    }

    bool ProgressChanged() => _logged != (run.Ingested, run.Quarantined);

    void LogProgressIfDue()
    {
        if (time.GetElapsedTime(_lastProgress) < options.ProgressInterval || !ProgressChanged())
            return;
        _lastProgress = time.GetTimestamp();
        _logged = (run.Ingested, run.Quarantined);
        var summary = run.Summary();
        if (summary.Lag is { } lag)
            IngestLog.ProgressWithLag(logger, summary.Ingested, summary.Quarantined, summary.CrashesPerSecond,
                summary.MegabytesPerSecond, lag.TotalSeconds);
        else
            IngestLog.Progress(logger, summary.Ingested, summary.Quarantined, summary.CrashesPerSecond,
                summary.MegabytesPerSecond);
    }
}
