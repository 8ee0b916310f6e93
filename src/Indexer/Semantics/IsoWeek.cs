using System.Globalization;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// An ISO 8601 week (Monday to Monday, UTC): the unit of Lucene's partitioning, one index folder each, and the
/// unit both engines count retention in (<see cref="RetentionWindow"/>).
/// </summary>
internal readonly record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    public static IsoWeek Of(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new IsoWeek(ISOWeek.GetYear(utc), ISOWeek.GetWeekOfYear(utc));
    }

    /// <summary>Monday 00:00 UTC, inclusive.</summary>
    public DateTimeOffset Start => new(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday), TimeSpan.Zero);

    /// <summary>The next Monday 00:00 UTC, exclusive.</summary>
    public DateTimeOffset End => Start.AddDays(7);

    /// <summary>Folder name such as <c>2026-W47</c>.</summary>
    public string FolderName => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    public bool Overlaps(DateTimeOffset from, DateTimeOffset to)
    {
        var start = Start;
        return start < to && from < start.AddDays(7);
    }

    public static bool TryParse(string folderName, out IsoWeek week)
    {
        week = default;
        if (folderName.Length != 8 || folderName[4] != '-' || folderName[5] != 'W')
            return false;
        if (!int.TryParse(folderName.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(folderName.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return false;
        if (year < 1 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
            return false;
        week = new IsoWeek(year, number);
        return true;
    }

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public override string ToString() => FolderName;
}
