using CrashSearch.SearchApi.Crashes;
using GraphQL.Types;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>The GraphQL <c>CreateSavedSearchInput</c>; <c>UpdateSavedSearchInput</c> has the same fields, optional.
/// </summary>
internal sealed class CreateSavedSearchInputType : InputObjectGraphType
{
    public CreateSavedSearchInputType()
    {
        Name = "CreateSavedSearchInput";
        Description = "A search to save. It is checked as the crashes field would check it, and refused if it cannot "
            + "run.";
        AddFields(this, required: true);
    }

    /// <summary>The fields of both inputs; in an update each is optional and replaces the stored value when given.
    /// </summary>
    public static void AddFields(InputObjectGraphType input, bool required)
    {
        if (required)
        {
            input.Field<NonNullGraphType<StringGraphType>>("name").Description("What the search is for.");
            input.Field<NonNullGraphType<StringGraphType>>("search")
                .Description("Search-box syntax, as the crashes field's search argument; may be empty with filters.");
        }
        else
        {
            input.Field<StringGraphType>("name").Description("What the search is for.");
            input.Field<StringGraphType>("search")
                .Description("Search-box syntax, as the crashes field's search argument; may be empty with filters.");
        }
        input.Field<ListGraphType<NonNullGraphType<FieldFilterInputType>>>("filters")
            .Description("Field filters, as the crashes field's; ANDed with the search.");
        input.Field<StringGraphType>("window")
            .Description($"How far back a run looks: {SavedSearchQuestions.WindowSyntax}, at most "
                + "SearchLimits:MaxWindowDays. Null: the default window.");
        input.Field<ListGraphType<NonNullGraphType<CrashFieldEnumType>>>("columns")
            .Description("Fields a SuperSearch run returns unless the request names _columns.");
        input.Field<ListGraphType<NonNullGraphType<CrashFieldEnumType>>>("facets")
            .Description("Fields a SuperSearch run facets on unless the request names _facets.");
        input.Field<SavedSearchVisibilityEnumType>("visibility")
            .Description(required ? "Who may read it. Default: PRIVATE." : "Who may read it.");
    }
}
