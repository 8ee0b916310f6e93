using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>Match, ranges, <c>__null__</c> and <c>__true__</c> on integer, long, nested number and boolean fields.</summary>
public abstract class TypedValueBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexNumbersAsync() => IndexAsync(
        Crash("e").With("build", 20261101000000L).With("json_dump.system_info.cpu_count", 4).With("uptime", 10).With("memory_measures.explicit", 1000L),
        Crash("f").With("build", 20261110000000L).With("json_dump.system_info.cpu_count", 8).With("uptime", 3600).With("memory_measures.explicit", 5000L),
        Crash("g").With("build", 20261120000000L).With("json_dump.system_info.cpu_count", 16).With("uptime", -5),
        Crash("h"));

    Task IndexBooleansAsync() => IndexAsync(
        Crash("i").With("startup_crash", true).With("dom_fission_enabled", "1"),
        Crash("j").With("startup_crash", false).With("dom_fission_enabled", "0"),
        Crash("k"));

    [Theory]
    [InlineData("build_id=20261110000000", "f")]
    [InlineData("build_id=20261110000001", "")]
    [InlineData("build_id=>20261101000000", "f,g")]
    [InlineData("build_id=>=20261101000000", "e,f,g")]
    [InlineData("build_id=<20261110000000", "e")]
    [InlineData("build_id=<=20261110000000", "e,f")]
    [InlineData("build_id=!20261110000000", "e,g,h")]
    [InlineData("build_id=!>20261101000000", "e,h")]
    [InlineData("build_id=!<=20261110000000", "g,h")]
    [InlineData("uptime=<0", "g")]
    [InlineData("uptime=-5", "g")]
    [InlineData("uptime=>=10", "e,f")]
    public async Task Numbers_match_exact_values_and_ranges_on_a_long_field(string query, string expected)
    {
        await IndexNumbersAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("cpu_count=8", "f")]
    [InlineData("cpu_count=>4", "f,g")]
    [InlineData("cpu_count=>=8", "f,g")]
    [InlineData("cpu_count=<8", "e")]
    [InlineData("cpu_count=<=8", "e,f")]
    [InlineData("cpu_count=!8", "e,g,h")]
    [InlineData("memory_explicit=>1000", "f")]
    [InlineData("memory_explicit=1000", "e")]
    public async Task Numbers_read_from_nested_sources_are_searchable(string query, string expected)
    {
        await IndexNumbersAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("build_id=__null__", "h")]
    [InlineData("build_id=!__null__", "e,f,g")]
    [InlineData("cpu_count=__null__", "h")]
    [InlineData("memory_explicit=__null__", "g,h")]
    [InlineData("memory_explicit=!__null__", "e,f")]
    public async Task Null_tests_whether_a_number_field_has_a_value(string query, string expected)
    {
        await IndexNumbersAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("true", "i")]
    [InlineData("TRUE", "i")]
    [InlineData("t", "i")]
    [InlineData("T", "i")]
    [InlineData("1", "i")]
    [InlineData("yes", "i")]
    [InlineData("Yes", "i")]
    [InlineData("false", "j")]
    [InlineData("F", "j")]
    [InlineData("0", "j")]
    [InlineData("no", "j")]
    [InlineData("NO", "j")]
    [InlineData("!true", "j,k")]
    [InlineData("!false", "i,k")]
    [InlineData("__true__", "i")]
    [InlineData("!__true__", "j,k")]
    [InlineData("__null__", "k")]
    [InlineData("!__null__", "i,j")]
    public async Task Boolean_values_accept_every_spelling(string value, string expected)
    {
        await IndexBooleansAsync();
        Assert.Equal(List(expected), await UuidsAsync("startup_crash=" + value));
    }

    [Fact]
    public async Task Booleans_given_as_strings_in_the_processed_crash_are_booleans()
    {
        await IndexBooleansAsync();
        Assert.Equal(["i"], await UuidsAsync("dom_fission_enabled=__true__"));
        Assert.Equal(["j"], await UuidsAsync("dom_fission_enabled=false"));
    }

    [Theory]
    [InlineData("signature=__null__", "d")]
    [InlineData("signature=!__null__", "a,b,c")]
    [InlineData("version=__null__", "c,d")]
    [InlineData("addons=__null__", "b,c,d")]
    [InlineData("addons=!__null__", "a")]
    [InlineData("function=__null__", "c,d")]
    [InlineData("function=!__null__", "a,b")]
    [InlineData("module=__null__", "d")]
    public async Task Null_tests_whether_a_string_or_frame_field_has_a_value(string query, string expected)
    {
        await IndexAsync(
            Crash("a").With("signature", "A").With("version", "1.0").WithList("addons", "x@y:1").Functions("main"),
            Crash("b").With("signature", "B").With("version", "2.0").Functions("f", "main"),
            Crash("c").With("signature", "C").Frames((null, "kernel32.dll", null)),
            Crash("d"));
        Assert.Equal(List(expected), await UuidsAsync(query));
    }
}
