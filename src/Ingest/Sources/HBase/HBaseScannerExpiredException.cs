namespace CrashSearch.Ingest.Sources.HBase;

/// <summary>The gateway no longer knows a scanner (it restarted, or the scanner's lease ran out).</summary>
internal sealed class HBaseScannerExpiredException(Uri scanner) : Exception($"The HBase scanner {scanner} no longer exists.");
