using GraphQL.Types;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>The GraphQL <c>SavedSearchOwner</c>.</summary>
internal sealed class SavedSearchOwnerType : ObjectGraphType<SavedSearchOwner>
{
    public SavedSearchOwnerType()
    {
        Name = "SavedSearchOwner";
        Description = "The API key that created a saved search.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key's id (as in apiKeys).")
            .Resolve(c => c.Source.Id);
        Field<StringGraphType>("name").Description("The key's name; null when the key was deleted.")
            .Resolve(c => c.Source.Name);
    }
}
