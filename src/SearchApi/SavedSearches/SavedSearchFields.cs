using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.SavedSearches;

/// <summary>
/// The saved-search fields: queries <c>savedSearch</c> and <c>savedSearches</c>, mutations
/// <c>createSavedSearch</c>, <c>updateSavedSearch</c> and <c>deleteSavedSearch</c>. Another owner's PRIVATE search
/// is answered exactly as a missing one, so that an id cannot be probed.
/// </summary>
internal static class SavedSearchFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<SavedSearchType>("savedSearch")
            .Description("A saved search by id: the caller's own, or a LINK or PUBLIC one; null otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The saved search's id.")
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await ReadableAsync(context, context.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SavedSearchType>>>>("savedSearches")
            .Description("Saved searches, oldest first: MINE (the default; none for a caller without a key) or PUBLIC.")
            .Argument<SavedSearchScopeEnumType>("scope", "Which searches.", a => a.DefaultValue = SavedSearchScope.Mine)
            .AuthorizeWithPolicy(AccessPolicies.Read)
            .ResolveAsync(async context => await ListAsync(context));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SavedSearchType>>("createSavedSearch")
            .Description("Saves a search (write), owned by the caller's key; refused with the parser's message when "
                + "it cannot run.")
            .Argument<NonNullGraphType<CreateSavedSearchInputType>>("input", "The search to save.")
            .AuthorizeWithPolicy(AccessPolicies.Write)
            .ResolveAsync(async context => await CreateAsync(context));
        mutation.Field<NonNullGraphType<SavedSearchType>>("updateSavedSearch")
            .Description("Changes one of the caller's saved searches (write); NOT_FOUND for any other id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The saved search's id.")
            .Argument<NonNullGraphType<UpdateSavedSearchInputType>>("input", "The parts to change.")
            .AuthorizeWithPolicy(AccessPolicies.Write)
            .ResolveAsync(async context => await UpdateAsync(context));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteSavedSearch")
            .Description("Deletes one of the caller's saved searches (write): true; NOT_FOUND for any other id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The saved search's id.")
            .AuthorizeWithPolicy(AccessPolicies.Write)
            .ResolveAsync(async context => await DeleteAsync(context));
    }

    static async Task<SavedSearch?> ReadableAsync(IResolveFieldContext context, string id)
    {
        var search = await context.Service<SavedSearchStore>().GetAsync(id, context.CancellationToken);
        return search is not null && search.IsReadableBy(CallerKeyId.Of(context.User)) ? search : null;
    }

    static async Task<IReadOnlyList<SavedSearch>> ListAsync(IResolveFieldContext context)
    {
        var store = context.Service<SavedSearchStore>();
        if (context.GetArgument<SavedSearchScope>("scope") == SavedSearchScope.Public)
            return await store.ListPublicAsync(context.CancellationToken);
        return CallerKeyId.Of(context.User) is { } caller
            ? await store.ListOwnedAsync(caller, context.CancellationToken)
            : [];
    }

    static async Task<SavedSearch> CreateAsync(IResolveFieldContext context)
    {
        var owner = context.CallerKey();
        var draft = SavedSearchInput.Apply(SavedSearchInput.Empty, context.Input());
        context.Service<SavedSearchQuestions>().Check(draft, context.Service<TimeProvider>().GetUtcNow());
        return await context.Service<SavedSearchStore>().CreateAsync(owner, draft, context.CancellationToken);
    }

    static async Task<SavedSearch> UpdateAsync(IResolveFieldContext context)
    {
        var owner = context.CallerKey();
        var id = context.GetArgument<string>("id");
        var store = context.Service<SavedSearchStore>();
        var current = await store.GetAsync(id, context.CancellationToken);
        if (current is null || !current.IsOwnedBy(owner))
            throw SavedSearchErrors.NotFound(id);
        var draft = SavedSearchInput.Apply(SavedSearchDraft.Of(current), context.Input());
        context.Service<SavedSearchQuestions>().Check(draft, context.Service<TimeProvider>().GetUtcNow());
        return await store.UpdateAsync(id, owner, draft, context.CancellationToken)
            ?? throw SavedSearchErrors.NotFound(id);
    }

    static async Task<bool> DeleteAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        return await context.Service<SavedSearchStore>().DeleteAsync(id, context.CallerKey(), context.CancellationToken)
            ? true
            : throw SavedSearchErrors.NotFound(id);
    }
}
