namespace CrashSearch.Ingest.Sources;

/// <summary>Where processed crashes come from: files, standard input, synthetic data, PostgreSQL, HBase.</summary>
internal interface ICrashSource
{
    /// <summary>What the source reads, for logs.</summary>
    string Description { get; }

    /// <summary>The raw records, in a deterministic order; ends when the source is drained (or never, when it follows new data).</summary>
    IAsyncEnumerable<SourceRecord> ReadAsync(CancellationToken cancellationToken);
}
