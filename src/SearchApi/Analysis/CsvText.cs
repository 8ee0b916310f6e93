namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// RFC 4180 cells. A cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe
/// unless it is a number, because exported crash fields are written by crash reporters.
/// </summary>
internal static class CsvText
{
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        if (value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value,
                System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Cell));
}
