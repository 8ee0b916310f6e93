using System.Globalization;

namespace CrashSearch.Ingest;

/// <summary>What an ingest run did: crashes indexed, records quarantined, bytes read, and how long it took.</summary>
public sealed record IngestSummary(long Ingested, long Quarantined, long Bytes, TimeSpan Elapsed)
{
    public double CrashesPerSecond => Elapsed > TimeSpan.Zero ? Ingested / Elapsed.TotalSeconds : 0;

    public double MegabytesPerSecond => Elapsed > TimeSpan.Zero ? Bytes / 1e6 / Elapsed.TotalSeconds : 0;

    /// <summary>How far behind the source the last commit was (sources that date their records only).</summary>
    public TimeSpan? Lag { get; init; }

    /// <summary>The indexed crashes that the index holds cut.</summary>
    public IngestTruncations Truncated { get; init; } = new(0, 0, 0);

    /// <summary>
    /// The command line's final line, e.g.
    /// <c>ingested 1234, quarantined 2, truncated 1 (long values 1, deep stacks 0), 5678.9 crashes/s</c>.
    /// </summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"ingested {Ingested}, quarantined {Quarantined}, truncated {Truncated.Crashes} (long values "
        + $"{Truncated.LongValues}, deep stacks {Truncated.DeepStacks}), {CrashesPerSecond:F1} crashes/s");
}
