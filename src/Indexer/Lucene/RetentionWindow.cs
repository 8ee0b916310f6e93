using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The weeks retention keeps: the current ISO week and the <c>weeks - 1</c> before it. A search window reaching
/// further back is cut at the oldest kept week, and the weeks cut are reported rather than silently skipped.
/// </summary>
internal sealed record RetentionWindow(int Weeks, IsoWeek Oldest)
{
    public static RetentionWindow? For(LuceneIndexOptions options)
    {
        if (options.RetentionWeeks is not { } weeks)
            return null;
        return new RetentionWindow(weeks, IsoWeek.Of(LuceneIndexOptions.OldestKept(weeks, options.Clock.GetUtcNow())));
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
