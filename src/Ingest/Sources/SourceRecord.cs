namespace CrashSearch.Ingest.Sources;

/// <summary>
/// One raw processed crash (UTF-8 JSON) and where it came from (a file path, path:line, a table and key, ...).
/// A resumable source also gives the <paramref name="Position"/> to resume after this record (opaque to the
/// pipeline, stored in the index's checkpoint once the record is committed) and the
/// <paramref name="SourceTime"/> at which the source received it (date_processed, a cell timestamp), for the lag.
/// </summary>
internal sealed record SourceRecord(string Origin, ReadOnlyMemory<byte> Data, string? Position = null, DateTimeOffset? SourceTime = null);
