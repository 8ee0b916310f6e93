namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>The body of a refused SuperSearch request, as Socorro writes it: <c>{"error": "..."}</c>.</summary>
internal sealed record SuperSearchError(string Error);
