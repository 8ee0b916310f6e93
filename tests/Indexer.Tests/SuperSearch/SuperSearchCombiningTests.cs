using static CrashSearch.Indexer.Tests.SuperSearch.SuperSearchParsing;

namespace CrashSearch.Indexer.Tests.SuperSearch;

public sealed class SuperSearchCombiningTests
{
    const string PageExample = "product=Firefox&product=Fenix&version=!1.0&build_id=>10&build_id=<20";

    [Fact]
    public void The_example_of_the_semantics_page_combines_as_documented() =>
        Assert.Equal(
            """AND(OR(Match(product, "Fenix"), Match(product, "Firefox")), NOT(Match(version, "1.0")), GreaterThan(build_id, 10), LessThan(build_id, 20))""",
            Filter(PageExample));

    [Fact]
    public void Several_plain_values_of_one_field_are_ored() =>
        Assert.Equal("""OR(Match(platform, "Linux"), Match(platform, "Windows NT"))""", Filter("platform=Windows NT&platform=Linux"));

    [Fact]
    public void String_operators_of_one_field_are_ored_with_plain_values() =>
        Assert.Equal("""OR(Contains(signature, "OOM"), Match(signature, "shutdownhang"))""", Filter("signature=shutdownhang&signature=~OOM"));

    [Fact]
    public void Negated_values_are_each_excluded() =>
        Assert.Equal("""AND(NOT(Contains(signature, "bar")), NOT(Contains(signature, "foo")))""", Filter("signature=!~foo&signature=!~bar"));

    [Fact]
    public void Positive_values_ranges_and_negations_of_one_field_combine_in_one_group() =>
        Assert.Equal(
            "AND(OR(Match(uptime, 1), Match(uptime, 2)), LessThan(uptime, 100), NOT(Match(uptime, 3)))",
            Filter("uptime=1&uptime=<100&uptime=!3&uptime=2"));

    [Fact]
    public void Different_fields_are_anded_in_catalogue_order() =>
        Assert.Equal("""AND(Match(product, "Firefox"), Match(release_channel, "nightly"))""", Filter("release_channel=nightly&product=Firefox"));

    [Fact]
    public void The_result_does_not_depend_on_parameter_order()
    {
        var pairs = PageExample.Split('&');
        var expected = Filter(PageExample);
        foreach (var order in new[] { new[] { 4, 3, 2, 1, 0 }, new[] { 2, 0, 4, 1, 3 }, new[] { 1, 4, 0, 3, 2 } })
            Assert.Equal(expected, Filter(string.Join('&', order.Select(i => pairs[i]))));
    }

    [Fact]
    public void Repeated_identical_values_count_once() =>
        Assert.Equal("""Match(product, "Firefox")""", Filter("product=Firefox&product=Firefox"));

    [Fact]
    public void Negated_null_is_required_alongside_other_values() =>
        Assert.Equal("""AND(Contains(reason, "ACCESS"), Exists(reason))""", Filter("reason=!__null__&reason=~ACCESS"));

    [Theory]
    [InlineData("reason=__null__&reason=EXCEPTION")]
    [InlineData("reason=~ACCESS&reason=__null__")]
    [InlineData("reason=__null__&reason=!__null__")]
    [InlineData("uptime=__null__&uptime=>5")]
    public void Null_with_another_value_of_the_same_field_is_rejected(string query)
    {
        var error = Rejects(query, query[..query.IndexOf('=', StringComparison.Ordinal)]);
        Assert.Contains("'__null__'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_on_one_field_combines_with_other_fields() =>
        Assert.Equal("""AND(Match(product, "Firefox"), NOT(Exists(reason)))""", Filter("reason=__null__&product=Firefox"));

    [Theory]
    [InlineData("uptime=>10&uptime=<5")]
    [InlineData("uptime=>5&uptime=<6")]
    [InlineData("uptime=>5&uptime=<=5")]
    [InlineData("uptime=>=5&uptime=<5")]
    [InlineData("uptime=>9223372036854775807")]
    public void An_empty_range_is_rejected(string query)
    {
        var error = Rejects(query, "uptime");
        Assert.Contains("empty range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_beyond_the_largest_32_bit_integer_is_empty() =>
        Rejects("cpu_count=>2147483647", "cpu_count");

    [Fact]
    public void An_empty_range_on_a_double_field_is_rejected() =>
        Rejects("load=>0.5&load=<0.5", "load", catalogue: TestCatalogue.Instance);

    [Fact]
    public void A_range_closed_on_one_value_is_allowed() =>
        Assert.Equal("AND(GreaterOrEqual(uptime, 5), LessOrEqual(uptime, 5))", Filter("uptime=>=5&uptime=<=5"));

    [Fact]
    public void Negated_ranges_do_not_count_towards_emptiness() =>
        Assert.Equal("AND(NOT(GreaterThan(uptime, 5)), NOT(LessThan(uptime, 10)))", Filter("uptime=!>5&uptime=!<10"));

    [Fact]
    public void An_empty_value_is_ignored_and_reported()
    {
        var parsed = Parse("signature=&product=Firefox");
        Assert.Equal("""Match(product, "Firefox")""", QueryText(parsed));
        Assert.Contains("parameter 'signature' has an empty value, which was ignored", parsed.Errors);
    }

    [Fact]
    public void No_filter_parameter_means_no_filter() =>
        Assert.Null(Parse("").Query.Filter);

    static string QueryText(Queries.SuperSearch.ParsedSuperSearch parsed) =>
        Queries.Building.QueryNodeText.Format(parsed.Query.Filter);
}
