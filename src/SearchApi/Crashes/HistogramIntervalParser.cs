using System.Globalization;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SuperSearch;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Reads a histogram <c>interval</c> (docs/query-semantics.md): for dates a calendar unit (<c>hour</c>, <c>day</c>,
/// <c>week</c>, <c>month</c>, <c>year</c>) or a fixed span (<c>30m</c>, <c>6h</c>, <c>2d</c>); for numbers a
/// positive width.
/// </summary>
internal static class HistogramIntervalParser
{
    /// <param name="field">The aggregated field.</param>
    /// <param name="text">The interval as written.</param>
    /// <param name="at">The histogram's path in the selection (response keys), for messages.</param>
    /// <param name="rules">Limits and the time window.</param>
    public static HistogramInterval Parse(FieldDefinition field, string text, string at, AggregationRules rules)
    {
        var argument = $"{at}.interval";
        if (field.IsNumber)
        {
            if (!FieldValueParser.TryParseDouble(text, out var width) || width <= 0)
                throw CrashErrors.BadQuery(argument, $"'{text}' is not a positive number, as a histogram of {field.Name} (a number field) needs.");
            return new HistogramInterval { Width = width };
        }
        if (field.Type != FieldType.Date)
            throw CrashErrors.BadQuery($"{at}.field", $"histograms work on date and number fields, and {field.Name} is a {field.Type.ToString().ToLowerInvariant()} field.");
        var interval = DateInterval(text)
            ?? throw CrashErrors.BadQuery(argument, $"'{text}' is not a date interval: use hour, day, week, month, year, or a span such as 30m, 6h or 2d.");
        var approximate = interval.Span ?? ApproximateLength(interval.Unit!.Value);
        var buckets = rules.Window.Length / approximate;
        if (buckets > rules.Limits.MaxHistogramBuckets)
            throw CrashErrors.BadQuery(argument, $"'{text}' makes about {buckets:0} buckets over the time window; at most {rules.Limits.MaxHistogramBuckets} are allowed.");
        return interval;
    }

    static HistogramInterval? DateInterval(string text)
    {
        if (text.All(char.IsAsciiLetter) && Enum.TryParse<CalendarUnit>(text, ignoreCase: true, out var unit))
            return new HistogramInterval { Unit = unit };
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            return null;
        TimeSpan? span = text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            _ => null,
        };
        return span is null ? null : new HistogramInterval { Span = span };
    }

    static TimeSpan ApproximateLength(CalendarUnit unit) => unit switch
    {
        CalendarUnit.Hour => TimeSpan.FromHours(1),
        CalendarUnit.Day => TimeSpan.FromDays(1),
        CalendarUnit.Week => TimeSpan.FromDays(7),
        CalendarUnit.Month => TimeSpan.FromDays(28),
        _ => TimeSpan.FromDays(365),
    };
}
