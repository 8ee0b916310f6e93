using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary><c>_cardinality.*</c>: distinct values over the matching crashes, exact where the backend says so.</summary>
public abstract class CardinalityBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexDistinctAsync() => IndexAsync(
        Crash("a").With("os_name", "Windows NT").WithList("addons", "x@a:1", "y@b:2").With("product", "Firefox").With("json_dump.system_info.cpu_count", 4),
        Crash("b").With("os_name", "Linux").WithList("addons", "x@a:1").With("product", "Firefox").With("json_dump.system_info.cpu_count", 4),
        Crash("c").With("os_name", "Windows NT").WithList("addons", "z@c:3").With("product", "Fenix").With("json_dump.system_info.cpu_count", 8),
        Crash("d").With("product", "Fenix"));

    [Theory]
    [InlineData("_cardinality.platform", "cardinality_platform", 2)]
    [InlineData("_cardinality.addons", "cardinality_addons", 3)]
    [InlineData("_cardinality.cpu_count", "cardinality_cpu_count", 2)]
    [InlineData("_cardinality.product", "cardinality_product", 2)]
    [InlineData("_cardinality.platform&product=Fenix", "cardinality_platform", 1)]
    [InlineData("_cardinality.addons&product=Firefox", "cardinality_addons", 2)]
    [InlineData("_cardinality.reason", "cardinality_reason", 0)]
    [InlineData("_cardinality.platform&product=nothing", "cardinality_platform", 0)]
    [InlineData("_facets=_cardinality.version", "cardinality_version", 0)]
    public async Task The_distinct_count_covers_every_matching_crash(string query, string facet, long expected)
    {
        await IndexDistinctAsync();
        var result = (await SuperSearchAsync(query)).Facet(facet);
        Assert.Equal(expected, result.Value);
        Assert.Empty(result.Buckets);
        Assert.Equal(Backend.ExactCardinality, result.Exact);
    }

    [Fact]
    public async Task A_value_given_to_a_cardinality_parameter_is_ignored_and_reported()
    {
        await IndexDistinctAsync();
        var answer = await SuperSearchAsync("_cardinality.platform=whatever");
        Assert.Equal(2, answer.Facet("cardinality_platform").Value);
        Assert.Equal(["the value of parameter '_cardinality.platform' was ignored: the parameter alone asks for the distinct count"], answer.Errors);
    }

    [Fact]
    public void A_distinct_count_of_a_field_that_is_not_facetable_is_rejected() =>
        Assert.Equal("_cardinality.cpu_info", Rejects("_cardinality.cpu_info").Parameter);
}
