using System.Text.Json;
using System.Text.Json.Serialization;
using CrashSearch.SearchApi.Crashes;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>A row of <c>saved_searches</c> (with the owner key's name) as Dapper reads and writes it.</summary>
internal sealed class SavedSearchRow
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string Id { get; set; } = "";
    public string Owner { get; set; } = "";
    public string? OwnerName { get; set; }
    public string Name { get; set; } = "";
    public string Search { get; set; } = "";
    public string Filters { get; set; } = "[]";
    public string? TimeWindow { get; set; }
    public string Columns { get; set; } = "[]";
    public string Facets { get; set; } = "[]";
    public string Visibility { get; set; } = "";
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }

    public static SavedSearchRow From(
        string id, string owner, SavedSearchDraft draft, long createdAt, long updatedAt) =>
        new()
        {
            Id = id,
            Owner = owner,
            Name = draft.Name,
            Search = draft.Search,
            Filters = JsonSerializer.Serialize(draft.Filters, Json),
            TimeWindow = draft.Window,
            Columns = JsonSerializer.Serialize(draft.Columns, Json),
            Facets = JsonSerializer.Serialize(draft.Facets, Json),
            Visibility = draft.Visibility.ToString(),
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        };

    public SavedSearch ToSavedSearch() => new(
        Id, Owner, Name, Search, Enum.Parse<SavedSearchVisibility>(Visibility),
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedAt), DateTimeOffset.FromUnixTimeMilliseconds(UpdatedAt))
    {
        Filters = JsonSerializer.Deserialize<List<FieldFilter>>(Filters, Json) ?? [],
        Window = TimeWindow,
        Columns = JsonSerializer.Deserialize<List<string>>(Columns, Json) ?? [],
        Facets = JsonSerializer.Deserialize<List<string>>(Facets, Json) ?? [],
        OwnerName = OwnerName,
    };
}
