using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.GraphQL;
using CrashSearch.SearchApi.SavedSearches;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>
/// The alert fields, all for keys with the write scope: queries <c>alerts</c> and <c>alert</c>, mutations
/// <c>createAlert</c>, <c>updateAlert</c>, <c>deleteAlert</c> and <c>previewAlert</c>. Only the owner sees or touches
/// an alert; another owner's is answered exactly as a missing one, so that ids cannot be probed.
/// </summary>
internal static class AlertFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlertType>>>>("alerts")
            .Description("The caller's alerts, oldest first (write).")
            .AuthorizeWithPolicy(AccessPolicies.Write)
            .ResolveAsync(async context =>
                await context.Service<AlertStore>().ListOwnedAsync(context.CallerKey(), context.CancellationToken));
        query.Field<AlertType>("alert")
            .Description("One of the caller's alerts by id; null for any other id (write).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The alert's id.")
            .AuthorizeWithPolicy(AccessPolicies.Write)
            .ResolveAsync(async context => await OwnedAsync(context, context.GetArgument<string>("id")));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AlertType>>("createAlert")
            .Description("Creates an alert on a saved search the caller can read (write). A webhook's signing secret "
                + "is in this answer only.")
            .Argument<NonNullGraphType<CreateAlertInputType>>("input", "The alert.")
            .AuthorizeWithPolicy(AccessPolicies.Write)
            .ResolveAsync(async context => await CreateAsync(context));
        mutation.Field<NonNullGraphType<AlertType>>("updateAlert")
            .Description("Changes one of the caller's alerts (write) and resumes it if paused; NOT_FOUND for any "
                + "other id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The alert's id.")
            .Argument<NonNullGraphType<UpdateAlertInputType>>("input", "The parts to change.")
            .AuthorizeWithPolicy(AccessPolicies.Write)
            .ResolveAsync(async context => await UpdateAsync(context));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteAlert")
            .Description("Deletes one of the caller's alerts (write): true; NOT_FOUND for any other id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The alert's id.")
            .AuthorizeWithPolicy(AccessPolicies.Write)
            .ResolveAsync(async context => await DeleteAsync(context));
        mutation.Field<NonNullGraphType<AlertPreviewType>>("previewAlert")
            .Description("How often an alert would have fired over the last 7 days, on which crashes and signatures; "
                + "sends nothing (write). Give the id of one of the caller's alerts, or an input to try.")
            .Argument<IdGraphType>("id", "One of the caller's alerts.")
            .Argument<CreateAlertInputType>("input", "An alert not created yet.")
            .AuthorizeWithPolicy(AccessPolicies.Write)
            .ResolveAsync(async context => await PreviewAsync(context));
    }

    static async Task<Alert?> OwnedAsync(IResolveFieldContext context, string id)
    {
        var alert = await context.Service<AlertStore>().GetAsync(id, context.CancellationToken);
        return alert is not null && alert.IsOwnedBy(context.CallerKey()) ? alert : null;
    }

    static async Task<Alert> CreateAsync(IResolveFieldContext context)
    {
        var rule = await CheckedAsync(context, AlertInputFields.Apply(null, context.Input()));
        return await context.Service<AlertStore>().CreateAsync(context.CallerKey(), rule, context.CancellationToken);
    }

    static async Task<Alert> UpdateAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        var current = await OwnedAsync(context, id) ?? throw AlertErrors.NotFound(id);
        var rule = await CheckedAsync(context, AlertInputFields.Apply(current.Rule, context.Input()));
        return await context.Service<AlertStore>().UpdateAsync(id, context.CallerKey(), rule, context.CancellationToken)
            ?? throw AlertErrors.NotFound(id);
    }

    static async Task<bool> DeleteAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        return await context.Service<AlertStore>().DeleteAsync(id, context.CallerKey(), context.CancellationToken)
            ? true
            : throw AlertErrors.NotFound(id);
    }

    static async Task<AlertPreview> PreviewAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string?>("id");
        var input = context.GetArgument<Dictionary<string, object?>?>("input");
        if ((id is null) == (input is null))
            throw AlertErrors.BadInput("previewAlert takes either the id of an alert or an input, not both.");
        var rule = id is not null
            ? (await OwnedAsync(context, id) ?? throw AlertErrors.NotFound(id)).Rule
            : await CheckedAsync(context, AlertInputFields.Apply(null, input!));
        var search = await ReadableSearchAsync(context, rule.SavedSearchId);
        var rights = new SearchRights(GraphQLUserContext.PermissionsOf(context).CanReadProtected);
        try
        {
            return await context.Service<AlertPreviewer>().PreviewAsync(
                rule, search, rights, context.Service<TimeProvider>().GetUtcNow(), context.CancellationToken);
        }
        catch (InvalidQueryException e)
        {
            throw new ExecutionError(e.Message) { Code = ErrorCodes.BadQuery };
        }
    }

    /// <summary>The rule checked, on a saved search the caller can read.</summary>
    static async Task<AlertRule> CheckedAsync(IResolveFieldContext context, AlertRule rule)
    {
        AlertRule checkedRule;
        try
        {
            checkedRule = AlertRuleParser.Check(rule, context.Service<IOptions<AlertsOptions>>().Value.MaxRecipients);
        }
        catch (ArgumentException e)
        {
            throw AlertErrors.BadInput(e.Message);
        }
        await ReadableSearchAsync(context, checkedRule.SavedSearchId);
        return checkedRule;
    }

    static async Task<SavedSearch> ReadableSearchAsync(IResolveFieldContext context, string id)
    {
        var search = await context.Service<SavedSearchStore>().GetAsync(id, context.CancellationToken);
        return search is not null && search.IsReadableBy(context.CallerKey())
            ? search
            : throw AlertErrors.SavedSearchNotFound(id);
    }
}
