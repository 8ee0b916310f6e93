using System.Globalization;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// Reads a histogram interval (docs/query-semantics.md, "Aggregations"). Dates: a calendar unit
/// (<c>hour</c>, <c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>, or Elasticsearch's <c>1h</c>, <c>1d</c>,
/// <c>1w</c>, <c>1M</c>, <c>1y</c>) or a fixed span of seconds, minutes, hours or days (<c>30m</c>, <c>6h</c>,
/// <c>2d</c>). Numbers: a positive number.
/// </summary>
public static class HistogramIntervalParser
{
    static readonly Dictionary<string, CalendarUnit> Units = new(StringComparer.Ordinal)
    {
        ["hour"] = CalendarUnit.Hour, ["1h"] = CalendarUnit.Hour,
        ["day"] = CalendarUnit.Day, ["1d"] = CalendarUnit.Day,
        ["week"] = CalendarUnit.Week, ["1w"] = CalendarUnit.Week,
        ["month"] = CalendarUnit.Month, ["1M"] = CalendarUnit.Month,
        ["year"] = CalendarUnit.Year, ["1y"] = CalendarUnit.Year,
    };

    /// <summary>Whether a histogram can be built over <paramref name="field"/>: a date or number field.</summary>
    public static bool Applies(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Type == FieldType.Date || field.IsNumber;
    }

    /// <summary>The interval when none is given: a day for dates, 1 for numbers.</summary>
    public static HistogramInterval Default(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Type == FieldType.Date ? new HistogramInterval { Unit = CalendarUnit.Day } : new HistogramInterval { Width = 1 };
    }

    /// <summary>Parses an interval for a histogram over <paramref name="field"/>.</summary>
    /// <exception cref="InvalidQueryException">The text is not an interval for the field's type, or the field is neither date nor number.</exception>
    public static HistogramInterval Parse(FieldDefinition field, string text, string parameter)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        if (!Applies(field))
            throw QueryErrors.Invalid(parameter,
                $"histograms work on date and number fields, and {field.Name} is {QueryErrors.Describe(field)}.");
        if (field.IsNumber)
        {
            if (FieldValueParser.TryParseDouble(text, out var width) && width > 0)
                return new HistogramInterval { Width = width };
            throw QueryErrors.Invalid(parameter,
                $"{QueryErrors.Quote(text)} is not a positive number, as the interval of a histogram over {field.Name} "
                + "must be.");
        }
        var trimmed = text.Trim();
        if (Units.TryGetValue(trimmed.Length > 2 ? trimmed.ToLowerInvariant() : trimmed, out var unit))
            return new HistogramInterval { Unit = unit };
        if (TryParseSpan(trimmed, out var span))
            return new HistogramInterval { Span = span };
        throw QueryErrors.Invalid(parameter,
            $"{QueryErrors.Quote(text)} is not a date interval: use hour, day, week, month, year, or a fixed span such "
            + "as 30m, 6h or 2d.");
    }

    /// <summary>
    /// About how many buckets a date histogram with <paramref name="interval"/> has over a window of
    /// <paramref name="window"/> (calendar months count as 28 days, so the estimate errs on the high side).
    /// </summary>
    public static double ApproximateBuckets(HistogramInterval interval, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(interval);
        var width = interval.Span ?? interval.Unit switch
        {
            CalendarUnit.Hour => TimeSpan.FromHours(1),
            CalendarUnit.Week => TimeSpan.FromDays(7),
            CalendarUnit.Month => TimeSpan.FromDays(28),
            CalendarUnit.Year => TimeSpan.FromDays(365),
            _ => TimeSpan.FromDays(1),
        };
        return window / width;
    }

    /// <summary>
    /// Rejects a date histogram that would have more than <paramref name="maxBuckets"/> buckets over a time window of
    /// <paramref name="window"/> (estimated by <see cref="ApproximateBuckets"/>); number histograms are not limited.
    /// </summary>
    /// <param name="field">The aggregated field.</param>
    /// <param name="interval">The histogram's interval.</param>
    /// <param name="window">The length of the time window.</param>
    /// <param name="maxBuckets">The most buckets allowed.</param>
    /// <param name="parameter">The parameter to name in an error.</param>
    /// <exception cref="InvalidQueryException">The histogram would have too many buckets.</exception>
    public static void CheckBuckets(FieldDefinition field, HistogramInterval interval, TimeSpan window, int maxBuckets, string parameter)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Type != FieldType.Date)
            return;
        var buckets = ApproximateBuckets(interval, window);
        if (buckets > maxBuckets)
            throw QueryErrors.Invalid(parameter,
                $"the histogram would have about {Math.Ceiling(buckets):0} buckets over the time window; at most "
                + $"{maxBuckets} are allowed, so use a wider interval or a narrower window.");
    }

    static bool TryParseSpan(string text, out TimeSpan span)
    {
        span = default;
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
            return false;
        var unit = text[^1] switch
        {
            's' => TimeSpan.TicksPerSecond,
            'm' => TimeSpan.TicksPerMinute,
            'h' => TimeSpan.TicksPerHour,
            'd' => TimeSpan.TicksPerDay,
            _ => 0,
        };
        if (unit == 0 || count > TimeSpan.MaxValue.Ticks / unit)
            return false;
        span = TimeSpan.FromTicks(unit * count);
        return true;
    }
}
