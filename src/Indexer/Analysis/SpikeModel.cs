namespace CrashSearch.Indexer.Analysis;

/// <summary>
/// Whether a count is far above its own recent baseline: the one spike model of SPIKE alerts and the
/// explosive-crashes report (docs/alerts.md, "The spike model"). A robust z-score: the baseline is the median of
/// the previous windows' counts, the spread their median absolute deviation scaled to a standard deviation
/// (× 1.4826) but never below the square root of the baseline (the noise of a Poisson count, so that a steady
/// series whose counts happen to agree does not fire on its first wobble) nor below 1. A window fires when its
/// count is at least <see cref="MinimumCount"/> and (count - baseline) / spread is at least <see cref="Threshold"/>.
/// A new series (a baseline of zeros) has spread 1, so it fires as soon as its count reaches both. Pure and
/// thread-safe.
/// </summary>
public sealed record SpikeModel
{
    /// <summary>
    /// Scale of the median absolute deviation that estimates a normal distribution's standard deviation.
    /// </summary>
    const double MadToStandardDeviation = 1.4826;

    /// <summary>Robust z-score at or above which a window fires.</summary>
    public double Threshold { get; init; } = 5;

    /// <summary>Fewest crashes in the window for it to fire, whatever the score: a handful is never a spike.</summary>
    public long MinimumCount { get; init; } = 10;

    /// <summary>
    /// How many previous windows make the baseline (Socorro's explosive report looked back a week of days).
    /// </summary>
    public int BaselineWindows { get; init; } = 7;

    /// <summary>
    /// Scores <paramref name="count"/> against <paramref name="baseline"/> (the previous windows' counts).
    /// </summary>
    /// <param name="key">What the counts are of, e.g. a signature; carried into the result.</param>
    /// <param name="count">Crashes in the window being judged.</param>
    /// <param name="baseline">Crashes in each previous window, in any order; empty counts as a new series.</param>
    public SpikeScore Score(string key, long count, IReadOnlyList<long> baseline)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var median = Median(baseline.Select(c => (double)c));
        var deviation = Median(baseline.Select(c => Math.Abs(c - median)));
        var spread = Math.Max(1, Math.Max(deviation * MadToStandardDeviation, Math.Sqrt(median)));
        var score = (count - median) / spread;
        var fired = count >= MinimumCount && score >= Threshold;
        return new SpikeScore(key, count, median, spread, score, fired);
    }

    /// <summary>The series among <paramref name="series"/> that fire, highest score first.</summary>
    public IReadOnlyList<SpikeScore> Spikes(IEnumerable<SpikeSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return [.. series.Select(s => Score(s.Key, s.Count, s.Baseline))
            .Where(s => s.Fired)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Key, StringComparer.Ordinal)];
    }

    static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return 0;
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
