using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.GraphQL;
using CrashSearch.SearchApi.SavedSearches;
using GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Campaigns;

/// <summary>
/// The campaign fields, all for admin keys: queries <c>campaignPreview</c> and <c>campaigns</c>, mutations
/// <c>createCampaign</c> and <c>sendCampaign</c>. Answers and errors hold counts and ids, never an address.
/// </summary>
internal static class CampaignFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CampaignPreviewType>>("campaignPreview")
            .Description("How many distinct addresses a campaign on this saved search would reach now (admin).")
            .Argument<NonNullGraphType<IdGraphType>>("savedSearchId", "A saved search the admin may read.")
            .AuthorizeWithPolicy(AccessPolicies.Admin)
            .ResolveAsync(async context => await context.Service<CampaignAddresses>().FindAsync(
                await SavedSearchAsync(context, context.GetArgument<string>("savedSearchId")),
                context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignType>>>>("campaigns")
            .Description("Every campaign, newest first (admin).")
            .AuthorizeWithPolicy(AccessPolicies.Admin)
            .ResolveAsync(async context => await context.Service<CampaignStore>().ListAsync(context.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CampaignType>>("createCampaign")
            .Description("Creates a campaign and queues its mails in the outbox (admin): one per distinct address, "
                + "none to an address that opted out of campaigns.")
            .Argument<NonNullGraphType<CreateCampaignInputType>>("input", "The campaign.")
            .AuthorizeWithPolicy(AccessPolicies.Admin)
            .ResolveAsync(async context => await CreateAsync(context));
        mutation.Field<NonNullGraphType<CampaignType>>("sendCampaign")
            .Description("Sends a campaign again (admin), e.g. after an interrupted send: queues only the mails it "
                + "does not have yet, to addresses that have not opted out.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The campaign's id.")
            .AuthorizeWithPolicy(AccessPolicies.Admin)
            .ResolveAsync(async context => await SendAgainAsync(context));
    }

    static async Task<Campaign> CreateAsync(IResolveFieldContext context)
    {
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var (subject, body) = ((string)input["subject"]!, (string)input["body"]!);
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(body))
            throw new ExecutionError("A campaign needs a subject and a body.") { Code = ErrorCodes.BadInput };
        var search = await SavedSearchAsync(context, (string)input["savedSearchId"]!);
        var campaign = await context.Service<CampaignStore>().CreateAsync(
            search.Id, subject.Trim(), body, context.CallerKey(), context.CancellationToken);
        return await context.Service<CampaignSender>().SendAsync(campaign, search, context.CancellationToken);
    }

    static async Task<Campaign> SendAgainAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        var campaign = await context.Service<CampaignStore>().GetAsync(id, context.CancellationToken)
            ?? throw new ExecutionError($"There is no campaign '{id}'.") { Code = ErrorCodes.NotFound };
        var search = await SavedSearchAsync(context, campaign.SavedSearchId);
        return await context.Service<CampaignSender>().SendAsync(campaign, search, context.CancellationToken);
    }

    static async Task<SavedSearch> SavedSearchAsync(IResolveFieldContext context, string id)
    {
        var search = await context.Service<SavedSearchStore>().GetAsync(id, context.CancellationToken);
        return search is not null && search.IsReadableBy(CallerKeyId.Of(context.User))
            ? search
            : throw new ExecutionError($"No saved search you may read has the id '{id}'.")
            {
                Code = ErrorCodes.NotFound,
            };
    }
}
