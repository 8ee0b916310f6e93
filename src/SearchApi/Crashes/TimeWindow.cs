using CrashSearch.SearchApi.GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// The window on <c>date</c> every search has (docs/query-semantics.md): by default the last
/// <see cref="GraphQLOptions.DefaultWindowDays"/> days before <c>to</c> (default now), at most
/// <see cref="GraphQLOptions.MaxWindowDays"/> long.
/// </summary>
internal sealed record TimeWindow(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To - From;

    public static TimeWindow Resolve(DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now, GraphQLOptions limits)
    {
        var end = to ?? now;
        var start = from ?? end.AddDays(-limits.DefaultWindowDays);
        if (start >= end)
            throw CrashErrors.BadQuery(from is null ? "to" : "from", $"the time window is empty: from ({Show(start)}) must be before to ({Show(end)}).");
        if (end - start > TimeSpan.FromDays(limits.MaxWindowDays))
            throw CrashErrors.BadQuery("from", $"the time window is {(end - start).TotalDays:0.#} days long; at most {limits.MaxWindowDays} days are allowed.");
        return new TimeWindow(start, end);
    }

    static string Show(DateTimeOffset instant) => InstantGraphType.Format(instant);
}
