using System.Globalization;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// The names of a deployment's indices: weekly indices named as Socorro names them (<c>socorro%Y%W</c>: the year and
/// the week of the year counted from its first Monday, 00 before it), the read alias over them, the meta index
/// holding the checkpoint, and the index template.
/// </summary>
public sealed class ElasticsearchIndexNames(string prefix)
{
    /// <summary>More weeks than this in a window are searched through the alias rather than named one by one.</summary>
    const int MaxNamedWeeks = 64;

    /// <summary>The prefix of every name.</summary>
    public string Prefix => prefix;

    /// <summary>The read alias every weekly index joins when it is created.</summary>
    public string Alias => prefix;

    /// <summary>The pattern of the weekly indices (for the template).</summary>
    public string Pattern => prefix + "2*";

    /// <summary>The index holding the checkpoint.</summary>
    public string Meta => prefix + "_meta";

    /// <summary>The name of the index template.</summary>
    public string Template => prefix + "_crashes";

    /// <summary>The weekly index of an instant: Python's <c>%Y%W</c>.</summary>
    /// <param name="instant">When the crash was processed.</param>
    public string Week(DateTimeOffset instant)
    {
        var day = instant.UtcDateTime;
        var mondayBased = ((int)day.DayOfWeek + 6) % 7;
        var week = (day.DayOfYear - 1 + 7 - mondayBased) / 7;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{day.Year:D4}{week:D2}");
    }

    /// <summary>
    /// The start of the weekly index holding <paramref name="instant"/>: a Monday, or the 1st of January.
    /// </summary>
    /// <param name="instant">Any instant.</param>
    public static DateTimeOffset WeekStart(DateTimeOffset instant)
    {
        var day = instant.UtcDateTime.Date;
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var newYear = new DateTime(day.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return new DateTimeOffset(monday < newYear ? newYear : monday, TimeSpan.Zero);
    }

    /// <summary>The weekly indices of [from, to), or the alias when the window is unbounded or very long.</summary>
    /// <param name="from">Start of the window, inclusive.</param>
    /// <param name="to">End of the window, exclusive.</param>
    public string ForWindow(DateTimeOffset from, DateTimeOffset to)
    {
        if (from >= to)
            return Week(from);
        if ((to - from).TotalDays > MaxNamedWeeks * 7)
            return Alias;
        var names = new List<string>();
        for (var start = WeekStart(from); start < to; start = NextWeek(start))
            names.Add(Week(start));
        return string.Join(',', names);
    }

    static DateTimeOffset NextWeek(DateTimeOffset start)
    {
        var next = start.AddDays(7 - (((int)start.DayOfWeek + 6) % 7));
        var newYear = new DateTimeOffset(start.Year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return next > newYear ? newYear : next;
    }

    /// <summary>Whether <paramref name="index"/> is a weekly index of this prefix, and the start of its week.</summary>
    /// <param name="index">An index name.</param>
    /// <param name="start">The start of its week (a Monday, or the 1st of January for week 00).</param>
    public bool TryParseWeek(string index, out DateTimeOffset start)
    {
        start = default;
        var digits = index.StartsWith(prefix, StringComparison.Ordinal) ? index[prefix.Length..] : "";
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
            return false;
        var year = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        var week = int.Parse(digits[4..], CultureInfo.InvariantCulture);
        if (year < 1 || week > 53)
            return false;
        var newYear = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var firstMonday = newYear.AddDays((7 - (((int)newYear.DayOfWeek + 6) % 7)) % 7);
        start = week == 0 ? newYear : firstMonday.AddDays(7 * (week - 1));
        return true;
    }
}
