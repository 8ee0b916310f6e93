using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary><c>_aggs.&lt;a&gt;[.&lt;b&gt;...]</c>: facets within each top term, to any depth the limits allow.</summary>
public abstract class NestedAggregationBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexTreeAsync() => IndexAsync(
        Crash("a").With("product", "Firefox").With("version", "145.0").With("os_name", "Windows NT").With("release_channel", "release").With("cpu_arch", "amd64"),
        Crash("b").With("product", "Firefox").With("version", "145.0").With("os_name", "Linux").With("release_channel", "release").With("cpu_arch", "amd64"),
        Crash("c").With("product", "Firefox").With("version", "146.0").With("os_name", "Windows NT").With("release_channel", "beta").With("cpu_arch", "x86"),
        Crash("d").With("product", "Fenix").With("version", "145.0").With("os_name", "Android").With("release_channel", "release").With("cpu_arch", "arm64"),
        Crash("e").With("product", "Firefox").With("version", "145.0").With("os_name", "Windows NT").With("release_channel", "release").With("cpu_arch", "x86"));

    [Fact]
    public async Task Two_levels_give_each_product_its_versions()
    {
        await IndexTreeAsync();
        var answer = await SuperSearchAsync("_aggs.product=version");
        Assert.Equal(["Firefox=4 {version: 145.0=3, 146.0=1}", "Fenix=1 {version: 145.0=1}"], answer.Buckets("product"));
        Assert.Equal(["signature", "product"], answer.Parsed.Facets);
    }

    [Fact]
    public async Task Three_levels_nest_with_a_dotted_chain()
    {
        await IndexTreeAsync();
        var answer = await SuperSearchAsync("_aggs.product.version=platform");
        Assert.Equal(
            [
                "Firefox=4 {version: 145.0=3 {platform: Windows NT=2, Linux=1}, 146.0=1 {platform: Windows NT=1}}",
                "Fenix=1 {version: 145.0=1 {platform: Android=1}}",
            ],
            answer.Buckets("product"));
    }

    [Fact]
    public async Task Several_sub_facets_sit_side_by_side()
    {
        await IndexTreeAsync();
        var answer = await SuperSearchAsync("_aggs.product=version,platform&product=Fenix");
        Assert.Equal(["Fenix=1 {version: 145.0=1; platform: Android=1}"], answer.Buckets("product"));
    }

    [Fact]
    public async Task Distinct_counts_and_histograms_nest_inside_terms()
    {
        await IndexTreeAsync();
        var answer = await SuperSearchAsync("_aggs.product=_cardinality.platform,_histogram.date");
        Assert.Equal(
            ["Firefox=4 {cardinality_platform: 2; histogram_date: 2026-11-20T00:00:00Z=4}", "Fenix=1 {cardinality_platform: 1; histogram_date: 2026-11-20T00:00:00Z=1}"],
            answer.Buckets("product"));
    }

    [Fact]
    public async Task Facets_size_applies_at_every_level()
    {
        await IndexTreeAsync();
        var answer = await SuperSearchAsync("_aggs.product.version=platform&_facets_size=1");
        Assert.Equal(["Firefox=4 {version: 145.0=3 {platform: Windows NT=2}}"], answer.Buckets("product"));
    }

    [Fact]
    public async Task The_same_chain_given_twice_merges()
    {
        await IndexTreeAsync();
        var answer = await SuperSearchAsync("_aggs.product=version&_aggs.product=platform&_facets=product");
        Assert.Equal(["Firefox=4 {version: 145.0=3, 146.0=1; platform: Windows NT=3, Linux=1}", "Fenix=1 {version: 145.0=1; platform: Android=1}"], answer.Buckets("product"));
    }

    [Fact]
    public void Chains_deeper_than_the_limit_are_rejected() =>
        Assert.Equal("_aggs.product.version.platform.release_channel.cpu_arch", Rejects("_aggs.product.version.platform.release_channel.cpu_arch=address").Parameter);

    [Fact]
    public async Task A_chain_of_one_term_level_without_a_value_is_just_that_facet()
    {
        await IndexTreeAsync();
        var answer = await SuperSearchAsync("_aggs.cpu_arch=");
        Assert.Equal(["amd64=2", "x86=2", "arm64=1"], answer.Buckets("cpu_arch"));
    }
}
