namespace CrashSearch.SearchApi.Visibility;

/// <summary>Crashes of a signature on one platform.</summary>
internal sealed record PlatformCount(string Platform, long Count);
