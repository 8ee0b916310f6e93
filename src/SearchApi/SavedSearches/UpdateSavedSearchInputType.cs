using GraphQL.Types;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>The GraphQL <c>UpdateSavedSearchInput</c>.</summary>
internal sealed class UpdateSavedSearchInputType : InputObjectGraphType
{
    public UpdateSavedSearchInputType()
    {
        Name = "UpdateSavedSearchInput";
        Description = "The parts of a saved search to change; the others stay. window, filters, columns and facets "
            + "given as null are cleared.";
        CreateSavedSearchInputType.AddFields(this, required: false);
    }
}
