namespace CrashSearch.Benchmarks.Postgres;

/// <summary>What loading the corpus into PostgreSQL took (COPY alone, then with indexes and ANALYZE) and weighs.</summary>
internal sealed record PostgresLoadResult(long Rows, TimeSpan CopyTime, TimeSpan TotalTime, long TableBytes, long IndexBytes, long TotalBytes)
{
    public double RowsPerSecond => Rows / TotalTime.TotalSeconds;
}
