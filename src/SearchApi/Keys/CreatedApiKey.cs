namespace CrashSearch.SearchApi.Keys;

/// <summary>A key just created: the only moment its secret exists outside the caller's hands.</summary>
internal sealed record CreatedApiKey(ApiKey Key, string Secret);
