using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CrashSearch.Indexer.Documents;

/// <summary>
/// How much of a crash the index takes, whatever the engine: Lucene and Elasticsearch both refuse a term (a whole
/// value, or one word) over 32,766 UTF-8 bytes, and one such term used to fail the whole ingest run. A longer value
/// is indexed as its longest prefix within the limit, cut between characters, and the stored crash keeps it whole;
/// queries cut their values the same way, so an exact search for the whole value still finds it.
/// </summary>
public static class IndexLimits
{
    /// <summary>
    /// The longest whole value or word indexed, in UTF-8 bytes; longer ones are indexed cut (<see cref="Cut"/>).
    /// </summary>
    public const int MaxTermBytes = 32766;

    /// <summary>
    /// The latest <see cref="CrashDocument.Date"/> indexed: the end of 9998. The index keeps a folder per ISO week,
    /// and the last ISO week of 9999 would end past the calendar; no real crash is dated there.
    /// </summary>
    public static readonly DateTimeOffset LatestDate =
        new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(-1);

    /// <summary>A string of at most this many UTF-16 units fits: no unit takes more than 3 UTF-8 bytes.</summary>
    const int AlwaysFits = MaxTermBytes / 3;

    /// <summary>Whether <paramref name="value"/> is over <see cref="MaxTermBytes"/>, so that the index holds it cut.
    /// </summary>
    public static bool IsOverLimit(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > AlwaysFits && Encoding.UTF8.GetByteCount(value) > MaxTermBytes;
    }

    /// <summary>
    /// The longest prefix of <paramref name="value"/> within <see cref="MaxTermBytes"/> UTF-8 bytes, never splitting a
    /// surrogate pair; the value itself when it fits.
    /// </summary>
    public static string Cut(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= AlwaysFits)
            return value;
        var buffer = ArrayPool<byte>.Shared.Rent(MaxTermBytes);
        try
        {
            // The transcoder stops before the first character that would not fit, and counts the units it took.
            var status = Utf8.FromUtf16(value, buffer.AsSpan(0, MaxTermBytes), out var read, out _);
            return status == OperationStatus.Done ? value : value[..read];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
