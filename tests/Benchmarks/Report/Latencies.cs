namespace CrashSearch.Benchmarks.Report;

/// <summary>Latency percentiles (nearest rank) of repeated runs, in milliseconds.</summary>
internal sealed record Latencies(int Count, double P50, double P95, double P99, double Mean)
{
    public static Latencies Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
            throw new ArgumentException("No latencies were measured.", nameof(milliseconds));
        var sorted = milliseconds.Order().ToArray();
        return new Latencies(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted.Average());
    }

    static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
