namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>Which saved searches <c>savedSearches</c> lists.</summary>
internal enum SavedSearchScope
{
    /// <summary>The caller's own, whatever their visibility.</summary>
    Mine,

    /// <summary>Everyone's PUBLIC searches.</summary>
    Public,
}
