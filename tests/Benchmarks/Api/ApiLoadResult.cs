using CrashSearch.Benchmarks.Report;

namespace CrashSearch.Benchmarks.Api;

/// <summary>Throughput and latencies of the API mix.</summary>
internal sealed record ApiLoadResult(int Clients, TimeSpan Elapsed, int Requests, Latencies Overall, IReadOnlyList<(string Name, Latencies Latencies)> PerQuery)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;
}
