namespace CrashSearch.Ingest;

/// <summary>Counters of one pipeline run, readable from other threads while it runs.</summary>
internal sealed class IngestRun(TimeProvider time)
{
    readonly long _started = time.GetTimestamp();
    long _ingested;
    long _quarantined;
    long _bytes;
    long _finished;

    public long Ingested => Interlocked.Read(ref _ingested);

    public long Quarantined => Interlocked.Read(ref _quarantined);

    public void AddBytes(long bytes) => Interlocked.Add(ref _bytes, bytes);

    public void AddIngested(long count) => Interlocked.Add(ref _ingested, count);

    public void AddQuarantined() => Interlocked.Increment(ref _quarantined);

    public void Finish() => Interlocked.CompareExchange(ref _finished, time.GetTimestamp(), 0);

    public IngestSummary Summary()
    {
        var finished = Interlocked.Read(ref _finished);
        var elapsed = finished == 0 ? time.GetElapsedTime(_started) : time.GetElapsedTime(_started, finished);
        return new IngestSummary(Ingested, Quarantined, Interlocked.Read(ref _bytes), elapsed);
    }
}
