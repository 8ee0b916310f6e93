using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>
/// <c>__null__</c> and <c>!__null__</c> on every kind of field: with and without doc values (facetable or not),
/// single and multi-valued, text, numbers, booleans, and stack-frame fields, also after a crash is replaced by a
/// version without the field.
/// </summary>
public abstract class ExistenceBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexMixedAsync() => IndexAsync(
        Crash("a").With("reason", "EXCEPTION_ACCESS_VIOLATION_READ").WithList("addons", "x@a:1", "y@b:2")
            .With("startup_crash", true).With("install_time", 1700000000).With("app_notes", "AdapterVendorID: 0x8086")
            .With("proto_signature", "Foo | Bar")
            .Frames(("Foo::Bar()", "xul.dll", "hg:hg.mozilla.org/mozilla-central:dom/Foo.cpp:abc")),
        Crash("b").With("reason", "SIGSEGV").With("startup_crash", false).Functions("main"),
        Crash("c").Frames((null, "ntdll.dll", null)),
        Crash("d"));

    [Theory]
    [InlineData("reason", "a,b", "c,d")]
    [InlineData("addons", "a", "b,c,d")]
    [InlineData("startup_crash", "a,b", "c,d")]
    [InlineData("install_time", "a", "b,c,d")]
    [InlineData("app_notes", "a", "b,c,d")]
    [InlineData("proto_signature", "a", "b,c,d")]
    [InlineData("function", "a,b", "c,d")]
    [InlineData("module", "a,b,c", "d")]
    [InlineData("source_file", "a", "b,c,d")]
    [InlineData("android_model", "", "a,b,c,d")]
    public async Task Null_tests_whether_a_crash_has_the_field_whatever_its_kind(string field, string with,
        string without)
    {
        await IndexMixedAsync();
        Assert.Equal(List(with), await UuidsAsync($"{field}=!__null__"));
        Assert.Equal(List(without), await UuidsAsync($"{field}=__null__"));
    }

    [Theory]
    [InlineData("reason")]
    [InlineData("addons")]
    [InlineData("app_notes")]
    [InlineData("function")]
    public async Task A_crash_replaced_without_the_field_no_longer_has_it(string field)
    {
        await IndexMixedAsync();
        await IndexAsync(Crash("a").At(Now.AddHours(-1)));
        Assert.DoesNotContain("a", await UuidsAsync($"{field}=!__null__"));
        Assert.Contains("a", await UuidsAsync($"{field}=__null__"));
    }

    [Fact]
    public async Task Null_combines_with_other_filters_on_the_same_crashes()
    {
        await IndexMixedAsync();
        Assert.Equal(["b"], await UuidsAsync("reason=!__null__&addons=__null__"));
        Assert.Equal(["a"], await UuidsAsync("startup_crash=__true__&install_time=!__null__"));
    }
}
