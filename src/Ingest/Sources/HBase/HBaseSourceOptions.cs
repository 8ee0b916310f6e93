using CrashSearch.Ingest.Retries;

namespace CrashSearch.Ingest.Sources.HBase;

/// <summary>What an HBase source reads through the REST gateway (see <see cref="HBaseSpec"/> for the spec syntax).</summary>
internal sealed class HBaseSourceOptions
{
    /// <summary>The gateway's base URL, ending in '/'.</summary>
    public required Uri Gateway { get; init; }

    public required string Table { get; init; }

    /// <summary>The column holding the processed crash JSON, <c>family:qualifier</c>.</summary>
    public string Column { get; init; } = "processed_data:json";

    /// <summary>Cells per scanner fetch (one cell per row, since one column is read).</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Only cells written at or after this time (HBase cell timestamps).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only cells written before this time.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>How often a following source starts a new scan after the last row once the table is drained.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait for one gateway response.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public bool Follow { get; init; }

    public RetryOptions Retry { get; init; } = new();
}
