using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Crashes;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>The GraphQL <c>SavedSearch</c>.</summary>
internal sealed class SavedSearchType : ObjectGraphType<SavedSearch>
{
    public SavedSearchType(IOptions<SearchLimits> limits)
    {
        Name = "SavedSearch";
        Description = "A search kept under a name, readable as its visibility says.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Not guessable; share it to share a LINK search.")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("What the search is for.")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("search").Description("The search-box text.")
            .Resolve(c => c.Source.Search);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SavedFieldFilterType>>>>("filters")
            .Description("Field filters, ANDed with the search.").Resolve(c => c.Source.Filters);
        Field<StringGraphType>("window").Description("How far back a run looks (e.g. 7d); null: the default window.")
            .Resolve(c => c.Source.Window);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CrashFieldEnumType>>>>("columns")
            .Description("Fields a SuperSearch run returns by default.").Resolve(c => c.Source.Columns);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CrashFieldEnumType>>>>("facets")
            .Description("Fields a SuperSearch run facets on by default.").Resolve(c => c.Source.Facets);
        Field<NonNullGraphType<SavedSearchVisibilityEnumType>>("visibility").Description("Who may read it.")
            .Resolve(c => c.Source.Visibility);
        Field<NonNullGraphType<SavedSearchOwnerType>>("owner").Description("The API key that created it.")
            .Resolve(c => new SavedSearchOwner(c.Source.Owner, c.Source.OwnerName));
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Description("When it was created.")
            .Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<InstantGraphType>>("updatedAt").Description("When it was last changed.")
            .Resolve(c => c.Source.UpdatedAt);
        Field<NonNullGraphType<CrashConnectionType>>("crashes")
            .Description("The crashes the search matches over its window, with the viewer's rights: protected fields "
                + "are withheld from a viewer without read-protected, whoever saved the search.")
            .WithPageArguments(limits.Value)
            .ResolveAsync(ResolveCrashesAsync);
    }

    static Task<object?> ResolveCrashesAsync(IResolveFieldContext<SavedSearch> context)
    {
        var time = context.Service<TimeProvider>();
        var saved = context.Source;
        var now = time.GetUtcNow();
        var window = saved.Window is { } w ? SavedSearchQuestions.WindowLength(w) : (TimeSpan?)null;
        var arguments = CrashesArguments.Read(context) with
        {
            Search = string.IsNullOrWhiteSpace(saved.Search) ? null : saved.Search,
            Filters = saved.Filters,
            From = now - window,
            To = window is null ? null : now,
        };
        return CrashesResolver.ResolveAsync(context, arguments, context.Service<ICrashIndex>(),
            context.Service<CrashQueryBuilder>(), time, context.CancellationToken);
    }
}
