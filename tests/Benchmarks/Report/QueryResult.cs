namespace CrashSearch.Benchmarks.Report;

/// <summary>
/// One query of the mix measured on both engines. Postgres is null when PostgreSQL was skipped; Agreement is
/// "same" or the first difference between the answers (null when skipped).
/// </summary>
internal sealed record QueryResult(string Name, string Description, string Answer, Latencies CrashSearch, Latencies? Postgres, string? Agreement)
{
    public double? Ratio => Postgres is null ? null : Postgres.P50 / CrashSearch.P50;
}
