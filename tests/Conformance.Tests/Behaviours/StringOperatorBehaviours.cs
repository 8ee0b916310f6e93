using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>Every string operator of the operator table, plain and negated, on text, keyword and multi-valued fields.</summary>
public abstract class StringOperatorBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexStringsAsync() => IndexAsync(
        Crash("a").With("signature", "OOM | small").With("product", "Firefox").With("version", "145.0")
            .With("release_channel", "release").WithList("addons", "ext@moz:1.0", "ublock@x:2").With("modules_in_stack", "xul.dll;ntdll.dll"),
        Crash("b").With("signature", "OOM | large").With("product", "Fenix").With("version", "146.0b1")
            .With("release_channel", "beta").WithList("addons", "ext@moz:1.0").With("modules_in_stack", "libxul.so"),
        Crash("c").With("signature", "js::gc::Sweep | Arena").With("product", "Firefox").With("version", "145.0.1")
            .With("release_channel", "nightly"),
        Crash("d"));

    [Theory]
    [InlineData("signature=OOM", "a,b")]
    [InlineData("signature=oom", "a,b")]
    [InlineData("signature=SMALL", "a")]
    [InlineData("signature=Sweep", "c")]
    [InlineData("signature=OOM | small", "a")]
    [InlineData("signature=tiny", "")]
    [InlineData("signature=!OOM", "c,d")]
    public async Task Match_on_a_text_field_is_analysed_and_case_insensitive(string query, string expected)
    {
        await IndexStringsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("signature==OOM | small", "a")]
    [InlineData("signature==oom | small", "")]
    [InlineData("signature==OOM", "")]
    [InlineData("signature=!=OOM | small", "b,c,d")]
    [InlineData("version==145.0", "a")]
    [InlineData("version==145", "")]
    [InlineData("version=!=145.0", "b,c,d")]
    public async Task Exact_matches_the_whole_value_case_sensitively(string query, string expected)
    {
        await IndexStringsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("signature=~small", "a")]
    [InlineData("signature=~OOM", "a,b")]
    [InlineData("signature=~oom", "")]
    [InlineData("signature=~::gc::", "c")]
    [InlineData("signature=~ | ", "a,b,c")]
    [InlineData("signature=!~OOM", "c,d")]
    [InlineData("version=~145", "a,c")]
    [InlineData("version=~.0b", "b")]
    [InlineData("version=!~145", "b,d")]
    public async Task Contains_is_a_case_sensitive_substring_test(string query, string expected)
    {
        await IndexStringsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("signature=^OOM", "a,b")]
    [InlineData("signature=^js::", "c")]
    [InlineData("signature=^oom", "")]
    [InlineData("signature=!^OOM", "c,d")]
    [InlineData("version=^146", "b")]
    [InlineData("version=^145.0", "a,c")]
    [InlineData("version=!^145", "b,d")]
    public async Task Starts_with_tests_the_start_of_the_whole_value(string query, string expected)
    {
        await IndexStringsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("signature=$small", "a")]
    [InlineData("signature=$Arena", "c")]
    [InlineData("signature=$OOM", "")]
    [InlineData("signature=!$large", "a,c,d")]
    [InlineData("version=$b1", "b")]
    [InlineData("version=$.0", "a")]
    [InlineData("version=!$.1", "a,b,d")]
    public async Task Ends_with_tests_the_end_of_the_whole_value(string query, string expected)
    {
        await IndexStringsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("signature=@OOM.*", "a,b")]
    [InlineData("signature=@OOM", "")]
    [InlineData("signature=@.*gc.*", "c")]
    [InlineData("signature=@OOM \\| (small|large)", "a,b")]
    [InlineData("signature=@\"OOM | small\"", "a")]
    [InlineData("signature=@oom.*", "")]
    [InlineData("signature=!@OOM.*", "c,d")]
    [InlineData("version=@14[56]\\.0", "a")]
    [InlineData("version=@145\\.0(\\.[0-9]+)?", "a,c")]
    [InlineData("version=!@14[56].*", "d")]
    public async Task Regular_expressions_match_the_whole_value(string query, string expected)
    {
        await IndexStringsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("version=145.0", "a")]
    [InlineData("version=145", "")]
    [InlineData("version=145.0b", "")]
    [InlineData("release_channel=beta", "b")]
    [InlineData("release_channel=Beta", "")]
    [InlineData("version=!145.0", "b,c,d")]
    public async Task Match_on_a_keyword_field_is_the_exact_value(string query, string expected)
    {
        await IndexStringsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("addons=ext@moz:1.0", "a,b")]
    [InlineData("addons=ublock@x:2", "a")]
    [InlineData("addons=~ublock", "a")]
    [InlineData("addons=^ext@", "a,b")]
    [InlineData("addons=$:2", "a")]
    [InlineData("addons=@.*@x:.*", "a")]
    [InlineData("addons=!ext@moz:1.0", "c,d")]
    [InlineData("modules_in_stack=ntdll.dll", "a")]
    [InlineData("modules_in_stack=xul.dll", "a")]
    [InlineData("modules_in_stack=~xul", "a,b")]
    public async Task Operators_on_a_multi_valued_field_match_any_of_its_values(string query, string expected)
    {
        await IndexStringsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }
}
