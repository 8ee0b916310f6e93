using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace CrashSearch.Ingest;

/// <summary>
/// Checks of a raw record that the document builder does not make: the bytes must be UTF-8, and no string may hold
/// a NUL or a lone surrogate (JSON allows the escapes <c>\u0000</c> and <c>\ud800</c>, PostgreSQL's json type keeps
/// them, and neither can be indexed or shown faithfully). Malformed JSON is left to the builder, which reports it.
/// </summary>
internal static class RecordScreen
{
    /// <summary>Why the record must be quarantined, or null when it passes.</summary>
    public static string? Check(ReadOnlySpan<byte> data)
    {
        if (!Utf8.IsValid(data))
            return $"invalid UTF-8 at byte {InvalidUtf8Offset(data)}";
        // Only escaped strings can hide a NUL or a surrogate: raw control characters are invalid JSON.
        if (data.IndexOf("\\u"u8) < 0)
            return null;
        var reader = new Utf8JsonReader(data, new JsonReaderOptions { MaxDepth = 256 });
        char[]? buffer = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped)
                    continue;
                var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
                if (buffer is null || buffer.Length < length)
                {
                    if (buffer is not null)
                        ArrayPool<char>.Shared.Return(buffer);
                    buffer = ArrayPool<char>.Shared.Rent(length);
                }
                int written;
                try
                {
                    written = reader.CopyString(buffer);
                }
                catch (InvalidOperationException)
                {
                    return $"{Where(reader)} holds a lone UTF-16 surrogate escape (invalid Unicode)";
                }
                if (buffer.AsSpan(0, written).Contains('\0'))
                    return $"{Where(reader)} holds a NUL character (\\u0000)";
            }
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            if (buffer is not null)
                ArrayPool<char>.Shared.Return(buffer);
        }
        return null;
    }

    static string Where(in Utf8JsonReader reader) =>
        $"the {(reader.TokenType == JsonTokenType.PropertyName ? "property name" : "string")} at byte {reader.TokenStartIndex}";

    static int InvalidUtf8Offset(ReadOnlySpan<byte> data)
    {
        var offset = 0;
        while (offset < data.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(data[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
                return offset;
            offset += consumed;
        }
        return offset;
    }
}
