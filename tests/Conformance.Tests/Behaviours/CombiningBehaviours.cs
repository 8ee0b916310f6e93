using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>How filters combine: fields ANDed, positive values ORed, ranges ANDed, negations each excluded, any order.</summary>
public abstract class CombiningBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    Task IndexProductsAsync() => IndexAsync(
        Crash("a").With("product", "Firefox").With("version", "1.0").With("build", 15L).With("signature", "foo | x"),
        Crash("b").With("product", "Firefox").With("version", "2.0").With("build", 12L).With("signature", "bar | y"),
        Crash("c").With("product", "Fenix").With("version", "2.0").With("build", 25L).With("signature", "foo bar"),
        Crash("d").With("product", "Fenix").With("version", "3.0").With("build", 18L).With("signature", "baz"),
        Crash("e").With("product", "Thunderbird").With("version", "2.0").With("build", 11L).With("signature", "qux"));

    [Theory]
    [InlineData("product=Firefox&product=Fenix&version=!1.0&build_id=>10&build_id=<20")]
    [InlineData("build_id=<20&version=!1.0&product=Fenix&build_id=>10&product=Firefox")]
    [InlineData("version=!1.0&build_id=>10&product=Fenix&build_id=<20&product=Firefox")]
    [InlineData("build_id=>10&build_id=<20&product=Firefox&product=Fenix&version=!1.0")]
    public async Task The_semantics_page_example_gives_the_same_crashes_in_any_order(string query)
    {
        await IndexProductsAsync();
        Assert.Equal(["b", "d"], await UuidsAsync(query));
    }

    [Theory]
    [InlineData("product=Firefox&version=2.0", "b")]
    [InlineData("product=Fenix&build_id=>20", "c")]
    [InlineData("version=2.0&signature=foo", "c")]
    public async Task Different_fields_are_ANDed(string query, string expected)
    {
        await IndexProductsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("product=Firefox&product=Thunderbird", "a,b,e")]
    [InlineData("version=1.0&version=3.0", "a,d")]
    [InlineData("version=1.0&version=~3", "a,d")]
    [InlineData("signature=^foo&signature=$y", "a,b,c")]
    public async Task Positive_values_of_one_field_are_ORed(string query, string expected)
    {
        await IndexProductsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("build_id=>11&build_id=<18", "a,b")]
    [InlineData("build_id=15&build_id=25&build_id=>20", "c")]
    [InlineData("build_id=>20&build_id=15&build_id=25", "c")]
    [InlineData("build_id=>=12&build_id=<=15", "a,b")]
    public async Task Ranges_are_ANDed_with_the_ORed_values(string query, string expected)
    {
        await IndexProductsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("version=!1.0&version=!2.0", "d")]
    [InlineData("version=!2.0&version=!1.0", "d")]
    [InlineData("product=Fenix&product=!Fenix", "")]
    [InlineData("version=2.0&version=!~2", "")]
    [InlineData("signature=!~foo&signature=!~bar", "d,e")]
    public async Task Every_negated_value_is_excluded(string query, string expected)
    {
        await IndexProductsAsync();
        Assert.Equal(List(expected), await UuidsAsync(query));
    }

    [Theory]
    [InlineData("signature=__null__&signature=foo", "signature")]
    [InlineData("signature=!~foo&signature=__null__", "signature")]
    [InlineData("build_id=>10&build_id=<5", "build_id")]
    [InlineData("build_id=>5&build_id=<6", "build_id")]
    [InlineData("build_id=>=7&build_id=<7", "build_id")]
    public async Task Contradictions_are_rejected_naming_the_field(string query, string parameter)
    {
        await IndexProductsAsync();
        var error = Rejects(query);
        Assert.Equal(parameter, error.Parameter);
        Assert.Contains(parameter, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_null_is_required_alongside_the_ORed_values()
    {
        await IndexAsync(
            Crash("a").With("product", "Firefox").With("reason", "SIGSEGV"),
            Crash("b").With("product", "Firefox"),
            Crash("c").With("product", "Fenix").With("reason", "SIGABRT"));
        Assert.Equal(["a"], await UuidsAsync("product=Firefox&reason=!__null__&product=Thunderbird"));
    }
}
