namespace CrashSearch.SearchApi.Visibility;

/// <summary>Crashes on one UTC day (<paramref name="Day"/> is its midnight).</summary>
internal sealed record DayCount(DateTimeOffset Day, long Count);
