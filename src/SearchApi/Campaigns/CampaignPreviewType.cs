using GraphQL.Types;

namespace CrashSearch.SearchApi.Campaigns;

/// <summary>The GraphQL <c>CampaignPreview</c>: counts only, never an address.</summary>
internal sealed class CampaignPreviewType : ObjectGraphType<CampaignAudience>
{
    public CampaignPreviewType()
    {
        Name = "CampaignPreview";
        Description = "Whom a campaign on a saved search would reach now.";
        Field<NonNullGraphType<IntGraphType>>("distinctAddresses")
            .Description("Distinct email addresses (trimmed, case ignored) of the matching crashes.")
            .Resolve(c => c.Source.Addresses.Count);
        Field<NonNullGraphType<IntGraphType>>("crashes")
            .Description("Crashes that match the saved search over its window and left an email address.")
            .Resolve(c => c.Source.Crashes);
    }
}
