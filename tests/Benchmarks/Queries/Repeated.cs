using System.Diagnostics;
using CrashSearch.Benchmarks.Report;

namespace CrashSearch.Benchmarks.Queries;

/// <summary>
/// Runs a query warm: unmeasured runs (at least <c>warmup</c> of them, and for at least <see cref="WarmupTime"/>), then
/// measured runs until a count or a time budget is reached.
/// </summary>
internal static class Repeated
{
    /// <summary>
    /// The least time spent warming up. The runtime compiles a method again, optimised, only after it has been called
    /// for a while (tiered compilation waits about 100 ms after the last new method before it counts calls): ten runs of
    /// a query that takes tens of microseconds end long before that, and the measured runs would time unoptimised code.
    /// </summary>
    static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(2);

    static readonly TimeSpan MeasureTime = TimeSpan.FromSeconds(2);

    public static async Task<(Latencies Latencies, QueryAnswer Answer)> MeasureAsync(
        Func<CancellationToken, Task<QueryAnswer>> run, int warmup, int repetitions, TimeSpan budget, CancellationToken cancellationToken)
    {
        var warming = Stopwatch.StartNew();
        var answer = await run(cancellationToken).ConfigureAwait(false);
        for (var i = 1; i < warmup || warming.Elapsed < WarmupTime; i++)
            await run(cancellationToken).ConfigureAwait(false);
        var times = new List<double>(repetitions);
        var total = Stopwatch.StartNew();
        // At least 5 measured runs, however slow, so that the percentiles mean something; a fast query runs for at
        // least MeasureTime, so that its percentiles span this machine's slow and fast spells, not one of them.
        while ((times.Count < repetitions || total.Elapsed < MeasureTime) && (times.Count < 5 || total.Elapsed < budget))
        {
            var start = Stopwatch.GetTimestamp();
            await run(cancellationToken).ConfigureAwait(false);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return (Latencies.Of(times), answer);
    }
}
