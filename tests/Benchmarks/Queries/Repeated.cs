using System.Diagnostics;
using CrashSearch.Benchmarks.Report;

namespace CrashSearch.Benchmarks.Queries;

/// <summary>Runs a query warm: a few unmeasured runs, then measured runs until a count or a time budget is reached.</summary>
internal static class Repeated
{
    public static async Task<(Latencies Latencies, QueryAnswer Answer)> MeasureAsync(
        Func<CancellationToken, Task<QueryAnswer>> run, int warmup, int repetitions, TimeSpan budget, CancellationToken cancellationToken)
    {
        var answer = await run(cancellationToken).ConfigureAwait(false);
        for (var i = 1; i < warmup; i++)
            await run(cancellationToken).ConfigureAwait(false);
        var times = new List<double>(repetitions);
        var total = Stopwatch.StartNew();
        // At least 5 measured runs, however slow, so that the percentiles mean something.
        while (times.Count < repetitions && (times.Count < 5 || total.Elapsed < budget))
        {
            var start = Stopwatch.GetTimestamp();
            await run(cancellationToken).ConfigureAwait(false);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return (Latencies.Of(times), answer);
    }
}
