using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Maps a raw column value to a histogram bucket index in [0, Count), for the value range actually present.
/// Dates (epoch ms, UTC): hours, days, ISO weeks (Monday) and fixed spans are arithmetic, aligned on the epoch;
/// months and years go through a day-to-bucket table. Numbers: buckets of the width, aligned on 0.
/// </summary>
internal sealed class HistogramBuckets
{
    public const int MAX_BUCKETS = 100_000;
    const long HOUR = 3_600_000;
    const long DAY = 24 * HOUR;
    /// <summary>1970-01-01 was a Thursday; ISO weeks start on the Monday three days earlier.</summary>
    const long WEEK_ORIGIN = -3 * DAY;

    readonly Mode _mode;
    readonly long _origin;
    readonly long _width;
    readonly long _first;
    readonly double _numberWidth;
    readonly bool _doubles;
    readonly int[] _dayTable = [];
    readonly DateTimeOffset _firstCalendarBucket;
    readonly CalendarUnit _unit;

    enum Mode { Linear, Calendar, Number }

    HistogramBuckets(Mode mode, long first, int count)
    {
        _mode = mode;
        _first = first;
        Count = count;
    }

    HistogramBuckets(long origin, long width, long first, int count) : this(Mode.Linear, first, count)
    {
        _origin = origin;
        _width = width;
    }

    HistogramBuckets(int[] dayTable, long firstDay, DateTimeOffset firstBucket, CalendarUnit unit) : this(Mode.Calendar, firstDay, dayTable[^1] + 1)
    {
        _dayTable = dayTable;
        _firstCalendarBucket = firstBucket;
        _unit = unit;
    }

    HistogramBuckets(double width, bool doubles, long first, int count) : this(Mode.Number, first, count)
    {
        _numberWidth = width;
        _doubles = doubles;
    }

    public int Count { get; }

    /// <summary>Buckets covering raw values min..max of <paramref name="field"/>.</summary>
    public static HistogramBuckets For(FieldDefinition field, HistogramInterval interval, long min, long max)
    {
        if (field.Type != FieldType.Date)
        {
            var width = interval.Width!.Value;
            var doubles = field.Type == FieldType.Double;
            var low = Math.Floor(ToDouble(min, doubles) / width);
            var high = Math.Floor(ToDouble(max, doubles) / width);
            return new HistogramBuckets(width, doubles, (long)low, Checked(field, high - low + 1));
        }
        if (interval.Span is { } span)
            return Linear(field, 0, (long)span.TotalMilliseconds, min, max);
        return interval.Unit switch
        {
            CalendarUnit.Hour => Linear(field, 0, HOUR, min, max),
            CalendarUnit.Day => Linear(field, 0, DAY, min, max),
            CalendarUnit.Week => Linear(field, WEEK_ORIGIN, 7 * DAY, min, max),
            _ => Calendar(field, interval.Unit!.Value, min, max),
        };
    }

    public int Index(long raw) => _mode switch
    {
        Mode.Linear => (int)(FloorDiv(raw - _origin, _width) - _first),
        Mode.Calendar => _dayTable[FloorDiv(raw, DAY) - _first],
        _ => (int)Math.Clamp((long)Math.Floor(ToDouble(raw, _doubles) / _numberWidth) - _first, 0, Count - 1),
    };

    /// <summary>The bucket's start: a <see cref="DateTimeOffset"/> for dates, a double for numbers.</summary>
    public object Key(int index) => _mode switch
    {
        Mode.Linear => DateTimeOffset.FromUnixTimeMilliseconds((_first + index) * _width + _origin),
        Mode.Calendar => _unit == CalendarUnit.Month ? _firstCalendarBucket.AddMonths(index) : _firstCalendarBucket.AddYears(index),
        _ => (_first + index) * _numberWidth,
    };

    static HistogramBuckets Linear(FieldDefinition field, long origin, long width, long min, long max)
    {
        var first = FloorDiv(min - origin, width);
        var last = FloorDiv(max - origin, width);
        return new HistogramBuckets(origin, width, first, Checked(field, last - first + 1));
    }

    static HistogramBuckets Calendar(FieldDefinition field, CalendarUnit unit, long min, long max)
    {
        var firstDay = FloorDiv(min, DAY);
        var days = FloorDiv(max, DAY) - firstDay + 1;
        if (days > 200 * 366)
            throw TooMany(field);
        var start = DateTimeOffset.FromUnixTimeMilliseconds(firstDay * DAY);
        var firstBucket = unit == CalendarUnit.Month
            ? new DateTimeOffset(start.Year, start.Month, 1, 0, 0, 0, TimeSpan.Zero)
            : new DateTimeOffset(start.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var table = new int[days];
        for (var d = 0; d < days; d++)
        {
            var day = start.AddDays(d);
            table[d] = unit == CalendarUnit.Month
                ? (day.Year - firstBucket.Year) * 12 + day.Month - firstBucket.Month
                : day.Year - firstBucket.Year;
        }
        return new HistogramBuckets(table, firstDay, firstBucket, unit);
    }

    static long FloorDiv(long value, long divisor)
    {
        var quotient = value / divisor;
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
    }

    static double ToDouble(long raw, bool doubles) => doubles ? NumericUtils.SortableInt64ToDouble(raw) : raw;

    static int Checked(FieldDefinition field, double count) => count <= MAX_BUCKETS ? (int)count : throw TooMany(field);

    static InvalidQueryException TooMany(FieldDefinition field) =>
        new(field.Name, $"The histogram interval on '{field.Name}' makes more than {MAX_BUCKETS} buckets over the matching crashes; choose a wider interval.");
}
