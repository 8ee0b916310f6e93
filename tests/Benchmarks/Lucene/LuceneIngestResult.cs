namespace CrashSearch.Benchmarks.Lucene;

/// <summary>What ingesting the corpus into Lucene took (wall clock, and CPU time of the whole process) and produced.</summary>
internal sealed record LuceneIngestResult(long Crashes, long Bytes, TimeSpan Elapsed, TimeSpan CpuTime, IndexFootprint Footprint)
{
    public double CrashesPerSecond => Crashes / Elapsed.TotalSeconds;

    public double MegabytesPerSecond => Bytes / 1e6 / Elapsed.TotalSeconds;

    /// <summary>CPU microseconds per crash: with 2 cores, 5,000 crashes/s needs at most 400.</summary>
    public double CpuMicrosecondsPerCrash => CpuTime.TotalMicroseconds / Crashes;

    /// <summary>Cores kept busy on average: well under the core count means the pipeline waits rather than computes.</summary>
    public double BusyCores => CpuTime / Elapsed;

    public double IndexBytesPerCrash => (double)Footprint.IndexBytes / Crashes;

    public double StoredBytesPerCrash => (double)Footprint.StoredFieldBytes / Crashes;
}
