namespace CrashSearch.Ingest.Sources;

/// <summary>
/// A source that can resume where a previous run stopped (PostgreSQL, HBase): every record carries its
/// <see cref="SourceRecord.Position"/>, and the pipeline stores the position of the last committed record in the
/// index under <see cref="CheckpointKey"/>, atomically with the commit.
/// </summary>
internal interface IResumableCrashSource : ICrashSource
{
    /// <summary>The key of this source's position in the index checkpoint, e.g. <c>postgres:processed_crashes</c>.</summary>
    string CheckpointKey { get; }

    /// <summary>Reads the records after <paramref name="position"/> (null: from the configured start).</summary>
    /// <exception cref="ArgumentException">The position was not written by this kind of source.</exception>
    IAsyncEnumerable<SourceRecord> ReadAsync(string? position, CancellationToken cancellationToken);
}
