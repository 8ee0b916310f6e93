using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.SearchApi.Queries;

/// <summary>
/// The limits were configured twice before the <c>SearchLimits</c> section: per door under <c>GraphQL:*</c> and
/// <c>SuperSearch:*</c>. Those keys still count, read before the new section so that <c>SearchLimits:*</c> wins,
/// so that an existing configuration keeps its limits.
/// </summary>
internal static class LegacySearchLimitKeys
{
    public static void Apply(SearchLimits limits, IConfiguration configuration)
    {
        // Same names as SearchLimits: MaxPageSize, MaxFacetSize, MaxHistogramBuckets, the window days, MaxRegexLength.
        configuration.GetSection("GraphQL").Bind(limits);
        var superSearch = configuration.GetSection("SuperSearch");
        superSearch.Bind(limits);
        limits.MaxPageSize = superSearch.GetValue("MaxResultsNumber", limits.MaxPageSize);
        limits.MaxFacetSize = superSearch.GetValue("MaxFacetsSize", limits.MaxFacetSize);
    }
}
