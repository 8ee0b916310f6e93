using CrashSearch.SearchApi.GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Campaigns;

/// <summary>The GraphQL <c>Campaign</c>: what was sent and the counts, never an address.</summary>
internal sealed class CampaignType : ObjectGraphType<Campaign>
{
    public CampaignType()
    {
        Name = "Campaign";
        Description = "A message sent to the addresses of the crashes a saved search matches.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Names the campaign in sendCampaign.")
            .Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("savedSearchId").Description("The saved search it was sent on.")
            .Resolve(c => c.Source.SavedSearchId);
        Field<NonNullGraphType<StringGraphType>>("subject").Description("The mail's subject.")
            .Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<InstantGraphType>>("createdAt").Description("When it was created.")
            .Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<IntGraphType>>("recipients").Description("Distinct addresses found at the last send.")
            .Resolve(c => c.Source.Recipients);
        Field<NonNullGraphType<IntGraphType>>("queued").Description("Mails put in the outbox, one per address at most.")
            .Resolve(c => c.Source.Queued);
        Field<NonNullGraphType<IntGraphType>>("suppressed")
            .Description("Addresses skipped at the last send because they opted out of campaigns.")
            .Resolve(c => c.Source.Suppressed);
    }
}
