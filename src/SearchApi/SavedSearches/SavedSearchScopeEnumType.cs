using GraphQL.Types;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>The <c>SavedSearchScope</c> enum: MINE, PUBLIC.</summary>
internal sealed class SavedSearchScopeEnumType : EnumerationGraphType<SavedSearchScope>
{
    public SavedSearchScopeEnumType()
    {
        Name = "SavedSearchScope";
        Description = "MINE: the caller's own searches. PUBLIC: everyone's PUBLIC searches (LINK ones are never "
            + "listed).";
    }
}
