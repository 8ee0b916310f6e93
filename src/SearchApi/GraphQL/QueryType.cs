using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.Alerts;
using CrashSearch.SearchApi.Analysis;
using CrashSearch.SearchApi.Campaigns;
using CrashSearch.SearchApi.Crashes;
using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.SavedSearches;
using CrashSearch.SearchApi.Visibility;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>The root query type; each feature folder adds its fields.</summary>
internal sealed class QueryType : ObjectGraphType
{
    public QueryType(IOptions<SearchLimits> options)
    {
        Name = "Query";
        CrashQueryFields.AddTo(this, options.Value);
        // Crashes need the read scope, which everyone has while Access:AnonymousRead is on (FieldAuthorizationRule).
        foreach (var field in Fields)
            field.AuthorizeWithPolicy(AccessPolicies.Read);
        CorrelationFields.AddQueries(this);
        AnalysisJobFields.AddQueries(this);
        ApiKeyFields.AddQueries(this);
        SavedSearchFields.AddQueries(this);
        AlertFields.AddQueries(this);
        CampaignFields.AddQueries(this);
        VisibilityFields.AddQueries(this);
    }
}
