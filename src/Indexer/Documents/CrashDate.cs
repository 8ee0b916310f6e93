using System.Globalization;

namespace CrashSearch.Indexer.Documents;

/// <summary>
/// ISO-8601 dates as processed crashes write them: <c>2026-11-20T14:03:11Z</c>, with or without fraction and
/// offset (none means UTC), and Socorro's <c>2026-11-20 14:03:11.123456+00:00</c> with a space for the T.
/// </summary>
static class CrashDate
{
    const int MaxLength = 40;
    const int DateLength = 10;

    static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzz",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
    ];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || text.Length is < DateLength or > MaxLength)
            return false;
        Span<char> buffer = stackalloc char[text.Length];
        text.AsSpan().CopyTo(buffer);
        if (buffer.Length > DateLength && buffer[DateLength] is ' ' or 't')
            buffer[DateLength] = 'T';
        if (buffer[^1] == 'z')
            buffer[^1] = 'Z';
        return DateTimeOffset.TryParseExact(
            buffer, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }
}
