namespace CrashSearch.SearchApi.Visibility;

/// <summary>Crashes of a signature that are critical for one reason.</summary>
internal sealed record CriticalKindCount(CriticalKind Kind, long Count);
