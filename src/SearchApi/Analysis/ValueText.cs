using System.Globalization;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>A value as text, the same in correlations and job results: invariant numbers, lower-case booleans.
/// </summary>
internal static class ValueText
{
    public static string Text(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset instant =>
            instant.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
