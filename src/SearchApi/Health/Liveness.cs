namespace CrashSearch.SearchApi.Health;

/// <summary>The body of <c>/health</c>.</summary>
internal sealed record Liveness(string Status);
