using System.Globalization;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// Turns the text of a filter value into the typed value a <see cref="FieldPredicate"/> carries for its field
/// (see docs/query-semantics.md): strings as given, integers and longs as <see cref="long"/>, doubles, booleans
/// (<c>true/false/t/f/1/0/yes/no</c>, any case) and dates (<c>YYYY-MM-DD</c> at midnight UTC, or ISO 8601 with or
/// without offset, no offset meaning UTC) as UTC <see cref="DateTimeOffset"/>.
/// </summary>
public static class FieldValueParser
{
    static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
    ];

    /// <summary>Parses <paramref name="text"/> as a value of <paramref name="field"/>.</summary>
    /// <param name="field">The field the value is for.</param>
    /// <param name="text">The value, without any operator prefix.</param>
    /// <param name="parameter">The parameter to name in an error.</param>
    /// <exception cref="InvalidQueryException">The text is not a value of the field's type.</exception>
    public static object Parse(FieldDefinition field, string text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        switch (field.Type)
        {
            case FieldType.Keyword or FieldType.Text:
                return text;
            case FieldType.Integer or FieldType.Long:
                if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                    || (field.Type == FieldType.Integer && integer is < int.MinValue or > int.MaxValue))
                    throw Mismatch(field, text, parameter, field.Type == FieldType.Integer ? "a 32-bit integer" : "a 64-bit integer");
                return integer;
            case FieldType.Double:
                if (!TryParseDouble(text, out var number))
                    throw Mismatch(field, text, parameter, "a number");
                return number;
            case FieldType.Boolean:
                if (!TryParseBoolean(text, out var flag))
                    throw Mismatch(field, text, parameter, "a boolean (true/false, t/f, 1/0, yes/no)");
                return flag;
            case FieldType.Date:
                if (!TryParseDate(text, out var date))
                    throw Mismatch(field, text, parameter, "a date (YYYY-MM-DD or ISO 8601 such as 2026-11-20T14:03:11+00:00)");
                return date;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field.Type, "Unknown field type.");
        }
    }

    /// <summary>Parses <c>true/false/t/f/1/0/yes/no</c> in any case.</summary>
    public static bool TryParseBoolean(string text, out bool value)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (text.ToUpperInvariant())
        {
            case "TRUE" or "T" or "1" or "YES":
                value = true;
                return true;
            case "FALSE" or "F" or "0" or "NO":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Parses a finite number in invariant notation (digits, optional sign, decimal point and exponent).</summary>
    public static bool TryParseDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    /// <summary>
    /// Parses <c>YYYY-MM-DD</c> (midnight UTC) or ISO 8601 date and time with optional fraction and offset
    /// (no offset means UTC); the result is in UTC. An offset whose <c>+</c> became a space through URL decoding
    /// is accepted.
    /// </summary>
    public static bool TryParseDate(string text, out DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(text);
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out value)
            || DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, styles, out value))
            return true;
        // "2026-11-20T14:03:11+01:00" unescaped in a query string arrives as "...11 01:00".
        if (text.Length > 16 && text[^6] == ' ')
            return DateTimeOffset.TryParseExact(string.Concat(text.AsSpan(0, text.Length - 6), "+", text.AsSpan(text.Length - 5)), DateTimeFormats, CultureInfo.InvariantCulture, styles, out value);
        return false;
    }

    static InvalidQueryException Mismatch(FieldDefinition field, string text, string parameter, string expected) =>
        QueryErrors.Invalid(parameter,
            $"{QueryErrors.Show(field, text)} is not {expected}, as {field.Name} is {QueryErrors.Describe(field)}.");
}
