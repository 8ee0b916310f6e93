namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>The API key that owns a saved search: its id and name, never the key.</summary>
internal sealed record SavedSearchOwner(string Id, string? Name);
