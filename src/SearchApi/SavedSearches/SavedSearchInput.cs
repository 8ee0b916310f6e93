using CrashSearch.SearchApi.Crashes;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>Reads a <c>CreateSavedSearchInput</c> or <c>UpdateSavedSearchInput</c> over a draft.</summary>
internal static class SavedSearchInput
{
    /// <summary>What a create starts from: a PRIVATE search with nothing in it.</summary>
    public static readonly SavedSearchDraft Empty = new("", "", [], null, [], [], SavedSearchVisibility.Private);

    /// <summary><paramref name="draft"/> with every field the input gives; null clears the optional parts.</summary>
    public static SavedSearchDraft Apply(SavedSearchDraft draft, Dictionary<string, object?> input) => draft with
    {
        Name = input.GetValueOrDefault("name") is string name ? name.Trim() : draft.Name,
        Search = input.GetValueOrDefault("search") is string search ? search : draft.Search,
        Filters = input.TryGetValue("filters", out var filters) ? ListOf<FieldFilter>(filters) : draft.Filters,
        Window = input.TryGetValue("window", out var window) ? ((string?)window)?.Trim() : draft.Window,
        Columns = input.TryGetValue("columns", out var columns) ? ListOf<string>(columns) : draft.Columns,
        Facets = input.TryGetValue("facets", out var facets) ? ListOf<string>(facets) : draft.Facets,
        Visibility = input.GetValueOrDefault("visibility") is SavedSearchVisibility visibility
            ? visibility
            : draft.Visibility,
    };

    static List<T> ListOf<T>(object? value) => value is IEnumerable<object?> items ? [.. items.OfType<T>()] : [];
}
