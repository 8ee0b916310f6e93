using System.Runtime.CompilerServices;
using System.Text;
using CrashSearch.Ingest.Metrics;
using CrashSearch.Ingest.Retries;
using Microsoft.Extensions.Logging;

namespace CrashSearch.Ingest.Sources.HBase;

/// <summary>
/// Processed crashes from an HBase table through the REST gateway, in row-key order, one column
/// (<c>processed_data:json</c> by default) within an optional cell time range. The position is the last row
/// key (base64); a restart resumes just after it. When following, a drained table is scanned again after the last
/// key every poll interval, so new rows are seen if their keys sort after it (Socorro's keys do not: follow
/// HBase only for append-ordered keys, or re-run backfills with a time range). Transient gateway failures are
/// retried with back-off; 4xx answers stop the run.
/// </summary>
internal sealed class HBaseCrashSource(HBaseSourceOptions options, TimeProvider time, ILogger logger, IngestMetrics? metrics = null) : IResumableCrashSource
{
    readonly RetryPolicy _retry = new(options.Retry, time, logger, metrics);

    public HBaseSourceOptions Options => options;

    public string Description => $"hbase:{options.Gateway}{options.Table}";

    public string CheckpointKey => "hbase:" + options.Table;

    public IAsyncEnumerable<SourceRecord> ReadAsync(CancellationToken cancellationToken) => ReadAsync(null, cancellationToken);

    public async IAsyncEnumerable<SourceRecord> ReadAsync(string? position, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lastKey = position is null ? null : ParsePosition(position);
        using var http = new HttpClient { Timeout = options.RequestTimeout };
        var scan = new HBaseScan(new HBaseRestClient(http, options), lastKey, Description, logger);
        try
        {
            while (true)
            {
                var rows = await RunAsync(scan, cancellationToken).ConfigureAwait(false);
                if (rows is null)
                {
                    if (!options.Follow)
                        yield break;
                    await Task.Delay(options.PollInterval, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                foreach (var row in rows)
                    yield return Record(row);
            }
        }
        finally
        {
            // Best effort and short: the scanner expires on its own if the gateway is unreachable.
            using var release = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await scan.ReleaseAsync(release.Token).ConfigureAwait(false);
        }
    }

    SourceRecord Record(HBaseRow row)
    {
        var key = Convert.ToBase64String(row.Key);
        var printable = row.Key.All(b => b is >= 0x20 and < 0x7f) ? Encoding.ASCII.GetString(row.Key) : key;
        return new SourceRecord($"{CheckpointKey} row={printable}", row.Value, key, DateTimeOffset.FromUnixTimeMilliseconds(row.Timestamp));
    }

    async Task<IReadOnlyList<HBaseRow>?> RunAsync(HBaseScan scan, CancellationToken cancellationToken)
    {
        try
        {
            return await _retry.RunAsync(Description, "reading rows", scan.NextAsync, HBaseErrors.IsTransient, cancellationToken).ConfigureAwait(false);
        }
        catch (HBaseGatewayException e)
        {
            throw new CrashSourceException($"{Description}: {e.Message}", e);
        }
        catch (HttpRequestException e) when (!HBaseErrors.IsTransient(e))
        {
            throw new CrashSourceException($"{Description}: {e.Message}", e);
        }
    }

    static byte[] ParsePosition(string position)
    {
        try
        {
            return Convert.FromBase64String(position);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"'{position}' is not an HBase source position (a base64 row key).", nameof(position), e);
        }
    }
}
