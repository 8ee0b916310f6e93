using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>The search-box syntax: free text, field:value with operators, quotes, AND/OR/NOT/-, parentheses, errors.</summary>
public abstract class SearchBoxBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexBoxAsync() => IndexAsync(
        Crash("a").With("signature", "OOM | small").With("product", "Firefox").With("os_name", "Windows NT").With("build", 20261101000000L)
            .Functions("mozilla::dom::Element::GetAttr(int)", "js::gc::Sweep"),
        Crash("b").With("signature", "OOM | large").With("product", "Fenix").With("os_name", "Android").With("build", 20261110000000L)
            .Functions("js::gc::Sweep"),
        Crash("c").With("signature", "~tilde | sig").With("product", "Firefox").With("os_name", "Linux").With("reason", "SIGSEGV")
            .Functions("std::rt::lang_start::<()>::{closure#0}"),
        Crash("d").With("signature", "Shutdown hang").With("product", "Thunderbird").With("os_name", "Windows NT"));

    [Theory]
    [InlineData("OOM", "a,b")]
    [InlineData("oom small", "a")]
    [InlineData("small OOM", "a")]
    [InlineData("Sweep", "a,b")]
    [InlineData("closure", "c")]
    [InlineData("SIGSEGV", "c")]
    [InlineData("\"Shutdown hang\"", "d")]
    [InlineData("nowhere", "")]
    [InlineData("", "a,b,c,d")]
    public async Task Bare_words_search_the_default_text_fields_and_all_must_occur(string text, string expected)
    {
        await IndexBoxAsync();
        Assert.Equal(List(expected), (await SearchBoxAsync(text)).Uuids);
    }

    [Theory]
    [InlineData("product:Firefox", "a,c")]
    [InlineData("platform:\"Windows NT\"", "a,d")]
    [InlineData("signature:~OOM", "a,b")]
    [InlineData("signature:^OOM", "a,b")]
    [InlineData("signature:$large", "b")]
    [InlineData("signature:=OOM | small", "")]
    [InlineData("signature:\"=OOM | small\"", "a")]
    [InlineData("signature:=\"OOM | small\"", "a")]
    [InlineData("signature:@OOM.*", "a,b")]
    [InlineData("signature:OOM*", "a,b")]
    [InlineData("signature:\"~tilde | sig\"", "c")]
    [InlineData("build_id:>=20261105000000", "b")]
    [InlineData("build_id:<20261105000000", "a")]
    [InlineData("reason:__null__", "a,b,d")]
    [InlineData("reason:!__null__", "c")]
    [InlineData("product:!Firefox", "b,d")]
    [InlineData("function:js::gc::Sweep", "a,b")]
    [InlineData("function:=js::gc::Sweep", "a,b")]
    [InlineData("function:^std::rt::", "c")]
    public async Task Field_terms_take_the_operator_prefixes(string text, string expected)
    {
        await IndexBoxAsync();
        Assert.Equal(List(expected), (await SearchBoxAsync(text)).Uuids);
    }

    [Theory]
    [InlineData("product:Firefox AND platform:Linux", "c")]
    [InlineData("product:Firefox platform:Linux", "c")]
    [InlineData("product:Fenix OR product:Thunderbird", "b,d")]
    [InlineData("NOT product:Firefox", "b,d")]
    [InlineData("-product:Firefox", "b,d")]
    [InlineData("OOM -small", "b")]
    [InlineData("OOM NOT small", "b")]
    [InlineData("product:Firefox OR product:Fenix AND platform:Android", "a,b,c")]
    [InlineData("(product:Firefox OR product:Fenix) AND platform:Android", "b")]
    [InlineData("NOT (product:Firefox OR product:Fenix)", "d")]
    [InlineData("-(OOM) -(Sweep)", "c,d")]
    [InlineData("((OOM))", "a,b")]
    [InlineData("platform:\"Windows NT\" OR (product:Fenix -OOM)", "a,d")]
    [InlineData("Sweep AND NOT signature:$small", "b")]
    [InlineData("and or not", "")]
    public async Task Boolean_operators_combine_terms_with_AND_binding_tighter_than_OR(string text, string expected)
    {
        await IndexBoxAsync();
        Assert.Equal(List(expected), (await SearchBoxAsync(text)).Uuids);
    }

    [Theory]
    [InlineData("(product:Firefox", 0)]
    [InlineData("product:Firefox)", 15)]
    [InlineData("OOM AND", 7)]
    [InlineData("OR OOM", 0)]
    [InlineData("OOM \"unclosed", 4)]
    [InlineData("bogus:value", 0)]
    [InlineData("OOM product:", 4)]
    [InlineData("()", 1)]
    [InlineData("build_id:~20 OOM", 0)]
    public void Mistakes_are_reported_with_their_position(string text, int position)
    {
        var error = SearchBoxRejects(text);
        Assert.Equal("q", error.Parameter);
        if (!text.StartsWith("build_id", StringComparison.Ordinal))
            Assert.Contains($"position {position}", error.Message, StringComparison.Ordinal);
        else
            Assert.Contains("build_id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_query=OOM&product=Fenix", "b")]
    [InlineData("product=Fenix&_query=OOM", "b")]
    [InlineData("_query=product:Firefox OR product:Fenix&platform=Windows NT", "a")]
    [InlineData("_query=OOM&_query=small", "a")]
    public async Task The_query_parameter_is_ANDed_with_the_other_parameters(string query, string expected)
    {
        await IndexBoxAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }
}
