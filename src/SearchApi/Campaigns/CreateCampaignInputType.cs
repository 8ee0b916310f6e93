using GraphQL.Types;

namespace CrashSearch.SearchApi.Campaigns;

/// <summary>The GraphQL <c>CreateCampaignInput</c>.</summary>
internal sealed class CreateCampaignInputType : InputObjectGraphType
{
    public CreateCampaignInputType()
    {
        Name = "CreateCampaignInput";
        Description = "A message to everyone who left an email address on a crash the saved search matches.";
        Field<NonNullGraphType<IdGraphType>>("savedSearchId").Description("A saved search the admin may read.");
        Field<NonNullGraphType<StringGraphType>>("subject").Description("The mail's subject.");
        Field<NonNullGraphType<StringGraphType>>("body")
            .Description("The message as plain text; an opt-out link is added below it.");
    }
}
