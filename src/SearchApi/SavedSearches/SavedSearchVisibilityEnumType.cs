using GraphQL.Types;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>The <c>SavedSearchVisibility</c> enum: PRIVATE, LINK, PUBLIC.</summary>
internal sealed class SavedSearchVisibilityEnumType : EnumerationGraphType<SavedSearchVisibility>
{
    public SavedSearchVisibilityEnumType()
    {
        Name = "SavedSearchVisibility";
        Description = "PRIVATE: the owner only. LINK: anyone with the id, never listed. PUBLIC: anyone, and listed.";
    }
}
