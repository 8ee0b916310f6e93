using System.Globalization;
using CrashSearch.Ingest.Metrics;
using CrashSearch.Ingest.Sources.HBase;
using CrashSearch.Ingest.Sources.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrashSearch.Ingest.Sources;

/// <summary>
/// Parses <c>--source</c>: a path (file or directory), <c>-</c> for JSON lines on standard input,
/// <c>synthetic:COUNT[?seed=N&amp;days=D]</c>, <c>postgres:&lt;connection string&gt;[?table=..]</c> or
/// <c>hbase:&lt;REST gateway URL&gt;/&lt;table&gt;</c>. Nothing is opened or connected here.
/// </summary>
internal static class CrashSourceSpec
{
    const string SyntheticPrefix = "synthetic:";
    const string Expected = "a .json, .jsonl or .jsonl.gz file, a directory, '-' for standard input, synthetic:COUNT[?seed=N&days=D], postgres:CONNECTION[?table=T] or hbase:URL/TABLE";

    /// <param name="spec">The source as given on the command line.</param>
    /// <param name="time">Gives the reference time of synthetic crashes and paces directory polling.</param>
    /// <param name="watch">Whether a directory, PostgreSQL or HBase source keeps following new data once drained.</param>
    /// <param name="logger">Where sources report vanished files, retries and the like.</param>
    /// <param name="metrics">Where database sources count their retries.</param>
    /// <exception cref="ArgumentException">The spec is malformed or names a path that does not exist.</exception>
    public static ICrashSource Parse(string spec, TimeProvider time, bool watch = false, ILogger? logger = null, IngestMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (string.IsNullOrWhiteSpace(spec))
            throw new ArgumentException($"The source is empty: give {Expected}.", nameof(spec));
        if (spec == "-")
            return StreamCrashSource.StandardInput();
        if (spec.StartsWith(SyntheticPrefix, StringComparison.OrdinalIgnoreCase))
            return ParseSynthetic(spec, time);
        if (PostgresSpec.Prefixes.Any(p => spec.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            return new PostgresCrashSource(PostgresSpec.Parse(spec, follow: watch), time, logger ?? NullLogger.Instance, metrics);
        if (spec.StartsWith(HBaseSpec.Prefix, StringComparison.OrdinalIgnoreCase))
            return new HBaseCrashSource(HBaseSpec.Parse(spec, follow: watch), time, logger ?? NullLogger.Instance, metrics);
        if (Directory.Exists(spec))
            return new FileCrashSource(spec, watch, time, logger);
        if (!File.Exists(spec))
            throw new ArgumentException($"The source '{spec}' does not exist; give {Expected}.", nameof(spec));
        if (CrashFiles.KindOf(spec) == CrashFileKind.Unsupported)
            throw new ArgumentException(CrashFiles.UnsupportedMessage(spec), nameof(spec));
        return new FileCrashSource(spec, watch: false, time, logger);
    }

    static SyntheticCrashSource ParseSynthetic(string spec, TimeProvider time)
    {
        var body = spec[SyntheticPrefix.Length..];
        var question = body.IndexOf('?', StringComparison.Ordinal);
        var countText = question < 0 ? body : body[..question];
        if (!long.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            throw new ArgumentException($"'{spec}': the crash count must be a whole number of at least 1, as in synthetic:1000.", nameof(spec));
        int seed = 1, days = 30;
        if (question >= 0)
        {
            foreach (var pair in body[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var key = equals < 0 ? pair : pair[..equals];
                var value = equals < 0 ? "" : pair[(equals + 1)..];
                switch (key)
                {
                    case "seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed):
                        seed = parsed;
                        break;
                    case "days" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1:
                        days = parsed;
                        break;
                    case "seed" or "days":
                        throw new ArgumentException($"'{spec}': {key} must be a whole number{(key == "days" ? " of at least 1" : "")}, not '{value}'.", nameof(spec));
                    default:
                        throw new ArgumentException($"'{spec}': unknown option '{key}'; synthetic sources take seed=N and days=D.", nameof(spec));
                }
            }
        }
        return new SyntheticCrashSource(count, seed, days, time.GetUtcNow());
    }
}
