using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary><c>_sort</c>: ascending, descending, several keys, missing values last, uuid tie-break.</summary>
public abstract class SortBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexSortableAsync() => IndexAsync(
        Crash("c").With("product", "Firefox").With("build", 20L).With("signature", "beta").With("json_dump.system_info.cpu_count", 4).With("startup_crash", true),
        Crash("a").With("product", "Fenix").With("build", 30L).With("signature", "Alpha").With("json_dump.system_info.cpu_count", 4),
        Crash("e").With("product", "Firefox").With("build", 10L).With("signature", "alpha").With("startup_crash", false),
        Crash("b").With("product", "Fenix").With("build", 20L).With("json_dump.system_info.cpu_count", 2),
        Crash("d").With("product", "Thunderbird").With("signature", "Gamma").With("json_dump.system_info.cpu_count", 8));

    [Theory]
    [InlineData("", "c,a,e,b,d")]
    [InlineData("_sort=date", "d,b,e,a,c")]
    [InlineData("_sort=-date", "c,a,e,b,d")]
    [InlineData("_sort=build_id", "e,b,c,a,d")]
    [InlineData("_sort=-build_id", "a,b,c,e,d")]
    [InlineData("_sort=cpu_count", "b,a,c,d,e")]
    [InlineData("_sort=-cpu_count", "d,a,c,b,e")]
    [InlineData("_sort=product", "a,b,c,e,d")]
    [InlineData("_sort=-product", "d,c,e,a,b")]
    [InlineData("_sort=signature", "a,d,e,c,b")]
    [InlineData("_sort=-signature", "c,e,d,a,b")]
    [InlineData("_sort=startup_crash", "e,c,a,b,d")]
    [InlineData("_sort=product,-build_id", "a,b,c,e,d")]
    [InlineData("_sort=product&_sort=build_id", "b,a,e,c,d")]
    [InlineData("_sort=-cpu_count,build_id", "d,c,a,b,e")]
    [InlineData("_sort=uuid", "a,b,c,d,e")]
    [InlineData("_sort=-uuid", "e,d,c,b,a")]
    public async Task Hits_follow_the_sort_keys_with_missing_values_last_and_ties_by_uuid(string query, string expected)
    {
        await IndexSortableAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Fact]
    public async Task Equal_dates_are_ordered_by_uuid_whatever_the_indexing_order()
    {
        var at = Now.AddHours(-2);
        await IndexAsync(Crash("m").At(at), Crash("k").At(at), Crash("z").At(at), Crash("a").At(at));
        Assert.Equal(["a", "k", "m", "z"], await UuidsAsync(""));
        Assert.Equal(["k", "m"], await UuidsAsync("_results_number=2&_results_offset=1"));
    }
}
