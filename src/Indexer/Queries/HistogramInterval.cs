namespace CrashSearch.Indexer.Queries;

/// <summary>
/// Histogram bucket width: exactly one of a calendar unit, a fixed time span (dates) or a number (numbers).
/// </summary>
public sealed record HistogramInterval
{
    /// <summary>A calendar unit, for dates.</summary>
    public CalendarUnit? Unit { get; init; }

    /// <summary>A fixed span such as 6 hours, for dates; buckets are aligned on the Unix epoch.</summary>
    public TimeSpan? Span { get; init; }

    /// <summary>A positive width, for numbers; buckets are aligned on 0.</summary>
    public double? Width { get; init; }
}
