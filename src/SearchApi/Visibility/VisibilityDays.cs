using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>The periods the visibility reports cover, as crash-stats' Top Crashers offers them.</summary>
internal static class VisibilityDays
{
    public const int Default = 7;

    public static readonly IReadOnlyList<int> Allowed = [1, 3, 7, 14, 28];

    public static string Problem(int days) => $"'days' must be one of 1, 3, 7, 14 or 28, got {days}.";

    /// <summary><paramref name="days"/> if it is one of <see cref="Allowed"/>; otherwise an error naming it.</summary>
    public static int Check(int days) =>
        Allowed.Contains(days) ? days : throw new InvalidQueryException("days", Problem(days));
}
