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
        if (TryParseCommon(buffer, out value))
            return true;
        return DateTimeOffset.TryParseExact(
            buffer, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary>
    /// The shape nearly every crash has, <c>yyyy-MM-ddTHH:mm:ss[.f{1,7}][Z|±hh:mm]</c>, read without the general
    /// parser, which compared format strings through the culture machinery and was a tenth of the ingest's parsing.
    /// Anything else (or out of range) is left to the general parser.
    /// </summary>
    static bool TryParseCommon(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
            return false;
        var rest = text[19..];
        long ticks = 0;
        if (rest.Length > 0 && rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
                digits++;
            if (digits is 1 or > 8 || !TryDigits(rest[1..digits], out var fraction))
                return false;
            ticks = fraction;
            for (var i = digits - 1; i < 7; i++)
                ticks *= 10;
            rest = rest[digits..];
        }
        var offset = TimeSpan.Zero;
        if (rest is "Z" || rest.IsEmpty)
        {
            // UTC, said or assumed.
        }
        else if (rest.Length == 6 && rest[0] is '+' or '-' && rest[3] == ':'
            && TryDigits(rest.Slice(1, 2), out var offsetHours) && TryDigits(rest.Slice(4, 2), out var offsetMinutes)
            && offsetHours <= 14 && offsetMinutes < 60)
        {
            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (rest[0] == '-')
                offset = -offset;
        }
        else
        {
            return false;
        }
        // The first and last years are left to the general parser, so that an offset cannot leave the calendar here.
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        value = new DateTimeOffset(DateTime.SpecifyKind(local - offset, DateTimeKind.Utc), TimeSpan.Zero);
        return true;
    }

    static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
