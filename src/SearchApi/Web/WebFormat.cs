using System.Globalization;

namespace CrashSearch.SearchApi.Web;

/// <summary>How the pages write values: dates in UTC to the minute, numbers without grouping.</summary>
public static class WebFormat
{
    public static string Value(object? value) => value switch
    {
        null => "",
        DateTimeOffset date => date.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static string Values(IReadOnlyDictionary<string, IReadOnlyList<object>> fields, string name) =>
        fields.TryGetValue(name, out var values) ? string.Join(", ", values.Select(Value)) : "";

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
