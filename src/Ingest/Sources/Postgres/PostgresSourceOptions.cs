using CrashSearch.Ingest.Retries;

namespace CrashSearch.Ingest.Sources.Postgres;

/// <summary>What a PostgreSQL source reads and how (see <see cref="PostgresSpec"/> for the spec syntax).</summary>
internal sealed class PostgresSourceOptions
{
    public required string ConnectionString { get; init; }

    /// <summary>Tables or views, optionally schema-qualified; <c>*</c> matches any characters (weekly tables).</summary>
    public IReadOnlyList<string> Tables { get; init; } = ["processed_crashes"];

    /// <summary>The processed crash column: json, jsonb, text or bytea (UTF-8).</summary>
    public string Column { get; init; } = "processed_crash";

    /// <summary>Backfill starts at this date_processed (when no checkpoint exists); null reads everything.</summary>
    public DateTimeOffset? From { get; init; }

    public int BatchSize { get; init; } = 1000;

    /// <summary>How often a following source looks for new rows when no notification arrives.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How far back behind the newest row read the source looks again for rows committed late (a transaction that
    /// inserted an older date_processed commits after a newer row was read).
    /// </summary>
    public TimeSpan Overlap { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The LISTEN channel the DDL's trigger notifies on insert.</summary>
    public string Channel { get; init; } = "crashsearch_processed_crash";

    /// <summary>Keep following new rows once caught up (otherwise stop).</summary>
    public bool Follow { get; init; }

    public RetryOptions Retry { get; init; } = new();

    /// <summary>The tables as written in the spec, comma-separated: the checkpoint key's suffix.</summary>
    public string TablesText => string.Join(',', Tables);
}
