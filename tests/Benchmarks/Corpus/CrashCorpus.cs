using System.Diagnostics;
using CrashSearch.Ingest.Synthetic;

namespace CrashSearch.Benchmarks.Corpus;

/// <summary>
/// The N synthetic processed crashes of a run, written once as JSON lines so that the Lucene ingest and the
/// PostgreSQL load read exactly the same bytes (and a million crashes need not sit in memory). They are written in
/// date_processed order, as a processor produces them and as the PostgreSQL source reads them.
/// </summary>
internal sealed record CrashCorpus(string Path, long Count, long Bytes, TimeSpan GenerationTime, DateTimeOffset ReferenceTime, int Days)
{
    public double AverageBytes => Count == 0 ? 0 : (double)Bytes / Count;

    /// <summary>Generated and written per second (a Release build; the unit tests no longer time it).</summary>
    public double CrashesPerSecond => Count / Math.Max(GenerationTime.TotalSeconds, 1e-9);

    public static async Task<CrashCorpus> GenerateAsync(string path, long count, int seed, DateTimeOffset referenceTime, int days, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var generator = new SyntheticCrashGenerator(seed, referenceTime, days);
        long bytes = 0;
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20, FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            var order = generator.InDateOrder(count);
            for (long i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var crash = generator.Generate(order[i]);
                bytes += crash.Length;
                await file.WriteAsync(crash, cancellationToken).ConfigureAwait(false);
                file.WriteByte((byte)'\n');
                if ((i + 1) % 100_000 == 0)
                    BenchmarkConsole.Progress($"generated {i + 1:N0} crashes");
            }
        }
        return new CrashCorpus(path, count, bytes, watch.Elapsed, referenceTime, days);
    }
}
