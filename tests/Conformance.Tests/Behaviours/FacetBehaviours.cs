using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary><c>_facets</c> and <c>_facets_size</c>: top terms over every matching crash, count desc then term asc.</summary>
public abstract class FacetBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexFacetedAsync() => IndexAsync(
        Crash("a").With("signature", "OOM | small").With("product", "Firefox").With("os_name", "Windows NT")
            .With("version", "145.0").WithList("addons", "x@a:1", "y@b:2").With("json_dump.system_info.cpu_count", 4).With("startup_crash", true),
        Crash("b").With("signature", "OOM | small").With("product", "Firefox").With("os_name", "Linux")
            .With("version", "146.0").WithList("addons", "x@a:1").With("json_dump.system_info.cpu_count", 8).With("startup_crash", false),
        Crash("c").With("signature", "js::gc::Sweep").With("product", "Fenix").With("os_name", "Android")
            .With("version", "145.0").With("json_dump.system_info.cpu_count", 4).With("startup_crash", true),
        Crash("d").With("signature", "OOM | large").With("product", "Firefox").With("os_name", "Windows NT")
            .With("version", "145.0").WithList("addons", "z@c:3").With("startup_crash", true),
        Crash("e").With("product", "Thunderbird").With("os_name", "Linux").With("version", "140.0"));

    [Theory]
    [InlineData("", "signature", "OOM | small=2;OOM | large=1;js::gc::Sweep=1")]
    [InlineData("_facets=product", "product", "Firefox=3;Fenix=1;Thunderbird=1")]
    [InlineData("_facets=platform", "platform", "Linux=2;Windows NT=2;Android=1")]
    [InlineData("_facets=version", "version", "145.0=3;140.0=1;146.0=1")]
    [InlineData("_facets=addons", "addons", "x@a:1=2;y@b:2=1;z@c:3=1")]
    [InlineData("_facets=cpu_count", "cpu_count", "4=2;8=1")]
    [InlineData("_facets=startup_crash", "startup_crash", "true=3;false=1")]
    [InlineData("_facets=version&product=Firefox", "version", "145.0=2;146.0=1")]
    [InlineData("_facets=product&signature=nothing", "product", "")]
    [InlineData("_facets=product&_facets_size=2", "product", "Firefox=3;Fenix=1")]
    [InlineData("_facets=platform&_facets_size=1", "platform", "Linux=2")]
    [InlineData("_facets=product&_results_number=1", "product", "Firefox=3;Fenix=1;Thunderbird=1")]
    public async Task Facets_count_every_matching_crash_by_term(string query, string facet, string expected)
    {
        await IndexFacetedAsync();
        var answer = await SuperSearchAsync(query);
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(';'), answer.Buckets(facet));
    }

    [Fact]
    public async Task Several_facets_come_back_in_request_order()
    {
        await IndexFacetedAsync();
        var answer = await SuperSearchAsync("_facets=version,product&_facets=platform");
        Assert.Equal(["version", "product", "platform"], answer.Parsed.Facets);
        Assert.Equal(["version", "product", "platform"], answer.Result.Aggregations.Select(a => a.Name));
    }

    [Fact]
    public async Task Facets_size_zero_turns_aggregations_off()
    {
        await IndexFacetedAsync();
        var answer = await SuperSearchAsync("_facets=product&_facets_size=0");
        Assert.Empty(answer.Result.Aggregations);
        Assert.Equal(5, answer.Total);
    }

    [Fact]
    public async Task Boolean_terms_are_booleans_that_the_REST_shape_writes_as_T_and_F()
    {
        await IndexFacetedAsync();
        var keys = (await SuperSearchAsync("_facets=startup_crash")).Facet("startup_crash").Buckets.Select(b => b.Key).ToList();
        Assert.Equal([true, false], keys);
    }

    [Fact]
    public async Task Number_terms_are_numbers()
    {
        await IndexFacetedAsync();
        var keys = (await SuperSearchAsync("_facets=cpu_count")).Facet("cpu_count").Buckets.Select(b => b.Key).ToList();
        Assert.Equal([4L, 8L], keys);
    }

    [Fact]
    public async Task A_frame_field_facet_counts_each_crash_once_per_function()
    {
        await IndexAsync(
            Crash("a").Functions("recurse", "recurse", "main"),
            Crash("b").Functions("recurse", "main"),
            Crash("c").Functions("other"));
        Assert.Equal(["main=2", "recurse=2", "other=1"], (await SuperSearchAsync("_facets=function")).Buckets("function"));
    }
}
