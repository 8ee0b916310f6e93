namespace CrashSearch.Ingest.Sources;

/// <summary>How much a source holds: a number of records, or of bytes (a JSON-lines file, read line by line).</summary>
internal sealed record SourceSize(long Total, SourceSizeUnit Unit);
