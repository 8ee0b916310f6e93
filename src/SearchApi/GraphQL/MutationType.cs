using CrashSearch.SearchApi.Alerts;
using CrashSearch.SearchApi.Analysis;
using CrashSearch.SearchApi.Campaigns;
using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.SavedSearches;
using GraphQL.Types;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>The root mutation type; each feature folder adds its fields.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        ApiKeyFields.AddMutations(this);
        SavedSearchFields.AddMutations(this);
        AlertFields.AddMutations(this);
        CampaignFields.AddMutations(this);
        AnalysisJobFields.AddMutations(this);
    }
}
