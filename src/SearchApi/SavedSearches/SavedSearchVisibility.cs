namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>Who may read a saved search besides its owner.</summary>
internal enum SavedSearchVisibility
{
    /// <summary>Its owner only; anyone else is told it does not exist.</summary>
    Private,

    /// <summary>Anyone who knows its id; never listed.</summary>
    Link,

    /// <summary>Anyone; listed by <c>savedSearches(scope: PUBLIC)</c>.</summary>
    Public,
}
