namespace CrashSearch.SearchApi.Health;

/// <summary>The index part of <c>/health/ready</c>: where it is, how it is open, how many crashes it holds.</summary>
internal sealed record IndexReadiness(string Path, bool ReadOnly, long? Crashes);
