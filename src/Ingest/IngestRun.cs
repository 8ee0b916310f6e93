using CrashSearch.Indexer.Documents;
using CrashSearch.Ingest.Metrics;
using CrashSearch.Ingest.Sources;

namespace CrashSearch.Ingest;

/// <summary>Counters of one pipeline run, readable from other threads while it runs, mirrored to the metrics.</summary>
internal sealed class IngestRun(TimeProvider time, IngestMetrics? metrics = null)
{
    readonly long _started = time.GetTimestamp();
    long _ingested;
    long _quarantined;
    long _bytes;
    long _truncated;
    long _longValues;
    long _deepStacks;
    long _finished;
    long _lagTicks = -1;
    SourceSize? _size;

    public long Ingested => Interlocked.Read(ref _ingested);

    public long Quarantined => Interlocked.Read(ref _quarantined);

    /// <summary>How much the source holds, once measured; null while unknown.</summary>
    public SourceSize? Size
    {
        get => Volatile.Read(ref _size);
        set => Volatile.Write(ref _size, value);
    }

    /// <summary>How far behind the source the last commit was, when the source dates its records.</summary>
    public TimeSpan? Lag => Interlocked.Read(ref _lagTicks) is >= 0 and var ticks ? TimeSpan.FromTicks(ticks) : null;

    public void AddBytes(long bytes)
    {
        Interlocked.Add(ref _bytes, bytes);
        metrics?.AddBytes(bytes);
    }

    /// <summary>Counts an indexed batch, and among it the crashes the index holds cut (long values, deep stacks).
    /// </summary>
    public void AddIngested(IReadOnlyCollection<CrashDocument> batch)
    {
        Interlocked.Add(ref _ingested, batch.Count);
        metrics?.AddCrashes(batch.Count);
        foreach (var crash in batch)
        {
            var longValues = crash.LongValueFields.Count > 0;
            var deepStack = crash.DroppedFrames > 0;
            if (!longValues && !deepStack)
                continue;
            Interlocked.Increment(ref _truncated);
            if (longValues)
                Interlocked.Increment(ref _longValues);
            if (deepStack)
                Interlocked.Increment(ref _deepStacks);
            metrics?.AddTruncated(longValues, deepStack);
        }
    }

    public void AddQuarantined()
    {
        Interlocked.Increment(ref _quarantined);
        metrics?.AddQuarantined();
    }

    /// <summary>A commit covered records up to <paramref name="sourceTime"/>.</summary>
    public void Committed(DateTimeOffset sourceTime)
    {
        var lag = time.GetUtcNow() - sourceTime;
        if (lag < TimeSpan.Zero)
            lag = TimeSpan.Zero;
        Interlocked.Exchange(ref _lagTicks, lag.Ticks);
        metrics?.SetLag(lag);
    }

    public void Finish() => Interlocked.CompareExchange(ref _finished, time.GetTimestamp(), 0);

    public IngestSummary Summary()
    {
        var finished = Interlocked.Read(ref _finished);
        var elapsed = finished == 0 ? time.GetElapsedTime(_started) : time.GetElapsedTime(_started, finished);
        return new IngestSummary(Ingested, Quarantined, Interlocked.Read(ref _bytes), elapsed)
        {
            Lag = Lag,
            Truncated = new IngestTruncations(
                Interlocked.Read(ref _truncated), Interlocked.Read(ref _longValues), Interlocked.Read(ref _deepStacks)),
        };
    }
}
