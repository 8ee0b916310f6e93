using CrashSearch.SearchApi.Crashes;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>
/// A search kept under a name: its search-box text and filters (what matches), and the window, columns and facets
/// a run uses by default. <see cref="Owner"/> is the id of the API key that created it.
/// </summary>
internal sealed record SavedSearch(
    string Id, string Owner, string Name, string Search, SavedSearchVisibility Visibility,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The <c>filters</c> of the root <c>crashes</c> field, ANDed with <see cref="Search"/>.</summary>
    public IReadOnlyList<FieldFilter> Filters { get; init; } = [];

    /// <summary>How far back a run looks, as written (<c>7d</c>); null: the default window.</summary>
    public string? Window { get; init; }

    /// <summary>Fields a run returns by default (SuperSearch's <c>_columns</c>); empty: the door's default.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>Fields a run facets on by default (SuperSearch's <c>_facets</c>); empty: the door's default.</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    /// <summary>The owner key's name when the key still exists.</summary>
    public string? OwnerName { get; init; }

    /// <summary>Whether <paramref name="caller"/> (a key id, null when anonymous) may read it.</summary>
    public bool IsReadableBy(string? caller) =>
        Visibility != SavedSearchVisibility.Private || IsOwnedBy(caller);

    /// <summary>Whether <paramref name="caller"/> (a key id, null when anonymous) owns it.</summary>
    public bool IsOwnedBy(string? caller) =>
        caller is not null && string.Equals(caller, Owner, StringComparison.Ordinal);
}
