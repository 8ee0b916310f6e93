using System.Runtime.CompilerServices;

namespace CrashSearch.Ingest.Sources;

/// <summary>
/// Splits a stream of JSON lines into records without decoding text: one crash per line, blank lines skipped,
/// '\r\n' accepted. Lines can be of any length (an oversized record is the pipeline's to refuse, not to lose).
/// </summary>
internal static class JsonLinesReader
{
    const int InitialBufferSize = 64 * 1024;

    public static async IAsyncEnumerable<(long Line, byte[] Data)> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[InitialBufferSize];
        int start = 0, end = 0;
        long line = 0;
        var scanned = 0;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start + scanned, end - start - scanned);
            if (newline >= 0)
            {
                line++;
                var record = Record(buffer, start, newline);
                start = newline + 1;
                scanned = 0;
                if (record is not null)
                    yield return (line, record);
                continue;
            }
            scanned = end - start;
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buffer.Length)
                Array.Resize(ref buffer, buffer.Length * 2);
            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
                break;
            end += read;
        }
        if (end > start && Record(buffer, start, end) is { } last)
            yield return (line + 1, last);
    }

    /// <summary>The bytes of a line without its '\r', or null when the line is blank.</summary>
    static byte[]? Record(byte[] buffer, int start, int end)
    {
        var span = buffer.AsSpan(start, end - start);
        if (span.Length > 0 && span[^1] == (byte)'\r')
            span = span[..^1];
        return span.Trim(" \t\r"u8).IsEmpty ? null : span.ToArray();
    }
}
