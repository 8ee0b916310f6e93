using System.Globalization;
using System.Text.Json;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>Allocation-free writes of the hex numbers and dates processed crashes are full of.</summary>
internal static class JsonText
{
    /// <summary>Socorro's date_processed format, with a space between date and time.</summary>
    public const string SocorroDate = "yyyy-MM-dd HH:mm:ss.ffffffzzz";

    public const string IsoDate = "yyyy-MM-dd'T'HH:mm:ss.ffffffzzz";

    /// <summary>A zero-padded address, as the stackwalker writes them (16 digits, or 8 for 32-bit processes).</summary>
    public static void WriteAddress(Utf8JsonWriter json, ReadOnlySpan<byte> name, ulong value, bool is32Bit)
    {
        Span<byte> buffer = stackalloc byte[18];
        buffer[0] = (byte)'0';
        buffer[1] = (byte)'x';
        value.TryFormat(buffer[2..], out var written, is32Bit ? "x8" : "x16", CultureInfo.InvariantCulture);
        json.WriteString(name, buffer[..(2 + written)]);
    }

    /// <summary>An unpadded hex number, as Socorro writes the crash address.</summary>
    public static void WriteHex(Utf8JsonWriter json, ReadOnlySpan<byte> name, ulong value)
    {
        Span<byte> buffer = stackalloc byte[18];
        buffer[0] = (byte)'0';
        buffer[1] = (byte)'x';
        value.TryFormat(buffer[2..], out var written, "x", CultureInfo.InvariantCulture);
        json.WriteString(name, buffer[..(2 + written)]);
    }

    public static void WriteDate(Utf8JsonWriter json, ReadOnlySpan<byte> name, DateTimeOffset value, string format)
    {
        Span<byte> buffer = stackalloc byte[40];
        value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture);
        json.WriteString(name, buffer[..written]);
    }
}
