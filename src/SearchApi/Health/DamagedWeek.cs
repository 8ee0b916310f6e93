namespace CrashSearch.SearchApi.Health;

/// <summary>A week of the index that cannot be read, in <c>/health/ready</c>.</summary>
internal sealed record DamagedWeek(string Week, string Reason);
