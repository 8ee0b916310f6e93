using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.SuperSearch;
using CrashSearch.SearchApi.GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>What aggregation arguments are checked against: the catalogue, the limits and the search's time window.</summary>
internal sealed record AggregationRules(FieldCatalogue Catalogue, GraphQLOptions Limits, TimeWindow Window);
