namespace CrashSearch.Ingest.Sources.HBase;

/// <summary>One row of a scan: its key, and the value and timestamp (ms since the epoch) of the column read.</summary>
internal sealed record HBaseRow(byte[] Key, byte[] Value, long Timestamp);
