namespace CrashSearch.Ingest.Sources;

/// <summary>One raw processed crash (UTF-8 JSON) and where it came from (a file path, path:line, ...).</summary>
internal sealed record SourceRecord(string Origin, ReadOnlyMemory<byte> Data);
