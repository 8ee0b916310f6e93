using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// The weeks retention keeps: the current ISO week and the <c>weeks - 1</c> before it. A search window reaching
/// further back is cut at the oldest kept week, and the weeks cut are reported rather than silently skipped. Both
/// engines cut their searches and word the skipped weeks with it, from the retention and clock of the index's
/// settings.
/// </summary>
internal sealed record RetentionWindow(int Weeks, IsoWeek Oldest)
{
    /// <summary>The window of a retention of <paramref name="weeks"/> now, or null when everything is kept.</summary>
    public static RetentionWindow? For(int? weeks, TimeProvider clock) =>
        weeks is { } kept ? new RetentionWindow(kept, IsoWeek.Of(OldestKept(kept, clock.GetUtcNow()))) : null;

    /// <summary>
    /// The start (Monday 00:00 UTC) of the oldest ISO week a retention of <paramref name="weeks"/> keeps at
    /// <paramref name="now"/>: the current week and the <c>weeks - 1</c> before it.
    /// </summary>
    public static DateTimeOffset OldestKept(int weeks, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        return IsoWeek.Of(now.AddDays(-7.0 * (weeks - 1))).Start;
    }

    /// <summary>Where a search from <paramref name="from"/> starts reading.</summary>
    public DateTimeOffset Start(DateTimeOffset from) => from < Oldest.Start ? Oldest.Start : from;

    /// <summary>The message for the weeks of [from, to) outside retention, or null when there are none.</summary>
    public string? Skipped(DateTimeOffset from, DateTimeOffset to)
    {
        if (from >= Oldest.Start || from >= to)
            return null;
        var first = IsoWeek.Of(from);
        var last = IsoWeek.Of((to < Oldest.Start ? to : Oldest.Start).AddTicks(-1));
        return first == last
            ? $"week {first} is outside the {Weeks}-week retention and was not searched"
            : $"weeks {first} to {last} are outside the {Weeks}-week retention and were not searched";
    }

    /// <summary>The search's errors with the retention message added when it applies.</summary>
    public IReadOnlyList<string> Errors(CrashQuery query) =>
        Skipped(query.From, query.To) is { } message ? [message] : [];
}
