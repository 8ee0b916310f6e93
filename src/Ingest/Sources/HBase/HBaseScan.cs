using Microsoft.Extensions.Logging;

namespace CrashSearch.Ingest.Sources.HBase;

/// <summary>
/// One position in a table and the scanner that reads on from it. Any failure drops the scanner (the gateway may
/// have advanced it before the answer was lost), so the next call starts a new one just after the last row
/// returned (<c>startRow = last key + 0x00</c>): no row is skipped and none is returned twice.
/// </summary>
internal sealed class HBaseScan(HBaseRestClient client, byte[]? lastKey, string source, ILogger logger)
{
    Uri? _scanner;

    public byte[]? LastKey { get; private set; } = lastKey;

    /// <summary>The next rows, or null when the table is drained (the scanner is then released).</summary>
    public async Task<IReadOnlyList<HBaseRow>?> NextAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            _scanner ??= await client.CreateScannerAsync(StartRow(), cancellationToken).ConfigureAwait(false);
            IReadOnlyList<HBaseRow>? rows;
            try
            {
                rows = await client.NextAsync(_scanner, cancellationToken).ConfigureAwait(false);
            }
            catch (HBaseScannerExpiredException) when (attempt == 0)
            {
                IngestLog.ScannerExpired(logger, source);
                _scanner = null;
                continue;
            }
            catch
            {
                await ReleaseAsync(cancellationToken).ConfigureAwait(false);
                throw;
            }
            if (rows is null)
            {
                await ReleaseAsync(cancellationToken).ConfigureAwait(false);
                return null;
            }
            if (rows.Count > 0)
                LastKey = rows[^1].Key;
            return rows;
        }
    }

    /// <summary>Deletes the scanner if there is one; a failure to do so only leaves it to expire on the gateway.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (_scanner is not { } scanner)
            return;
        _scanner = null;
        try
        {
            await client.DeleteAsync(scanner, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (HBaseErrors.IsTransient(e) || e is HBaseGatewayException)
        {
            IngestLog.ScannerNotReleased(logger, source, e.Message);
        }
    }

    byte[]? StartRow() => LastKey is null ? null : [.. LastKey, 0];
}
