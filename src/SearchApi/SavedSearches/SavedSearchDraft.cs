using CrashSearch.SearchApi.Crashes;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>What a caller gives to create a saved search, or its new state after an update; validated first.</summary>
internal sealed record SavedSearchDraft(
    string Name,
    string Search,
    IReadOnlyList<FieldFilter> Filters,
    string? Window,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> Facets,
    SavedSearchVisibility Visibility)
{
    public static SavedSearchDraft Of(SavedSearch search) => new(
        search.Name, search.Search, search.Filters, search.Window, search.Columns, search.Facets, search.Visibility);
}
