namespace CrashSearch.Indexer.Queries;

/// <summary>A calendar unit of a date histogram.</summary>
public enum CalendarUnit
{
    /// <summary>Hour.</summary>
    Hour,

    /// <summary>Day (UTC).</summary>
    Day,

    /// <summary>ISO week, starting on Monday.</summary>
    Week,

    /// <summary>Calendar month.</summary>
    Month,

    /// <summary>Calendar year.</summary>
    Year,
}
