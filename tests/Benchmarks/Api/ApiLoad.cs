using System.Collections.Concurrent;
using System.Diagnostics;
using CrashSearch.Benchmarks.Report;

namespace CrashSearch.Benchmarks.Api;

/// <summary>
/// Concurrent clients over loopback, each sending the mix's GraphQL documents in turn (starting at different
/// queries) for a fixed time after a warm-up round; latency per query and overall throughput.
/// </summary>
internal static class ApiLoad
{
    public static async Task<ApiLoadResult> RunAsync(GraphQLClient client, IReadOnlyList<(string Name, string Document)> mix, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        foreach (var (_, document) in mix)
            await client.CrashesAsync(document, cancellationToken).ConfigureAwait(false);
        var times = mix.Select(_ => new ConcurrentBag<double>()).ToArray();
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (var i = c; watch.Elapsed < duration; i++)
            {
                var query = i % mix.Count;
                var start = Stopwatch.GetTimestamp();
                await client.CrashesAsync(mix[query].Document, cancellationToken).ConfigureAwait(false);
                times[query].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = watch.Elapsed;
        var all = times.SelectMany(t => t).ToList();
        return new ApiLoadResult(clients, elapsed, all.Count, Latencies.Of(all),
            mix.Select((q, i) => (q.Name, Latencies.Of(times[i]))).ToList());
    }
}
