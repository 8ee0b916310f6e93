namespace CrashSearch.SearchApi.Health;

/// <summary>
/// The index part of <c>/health/ready</c>: where it is, how it is open, how many crashes it holds, how many weeks it
/// keeps, and the weeks that cannot be read (their crashes are missing from every answer until they are repaired).
/// </summary>
internal sealed record IndexReadiness(
    string Path, bool ReadOnly, long Crashes, int? RetentionWeeks, IReadOnlyList<DamagedWeek> Damaged);
