using CrashSearch.Indexer.Queries;
using static CrashSearch.Indexer.Tests.SuperSearch.SuperSearchParsing;

namespace CrashSearch.Indexer.Tests.SuperSearch;

public sealed class SuperSearchOptionTests
{
    [Fact]
    public void Paging_defaults_to_100_results_from_the_start()
    {
        var query = Parse("").Query;
        Assert.Equal(100, query.Size);
        Assert.Equal(0, query.Offset);
    }

    [Fact]
    public void Results_number_and_offset_are_read()
    {
        var query = Parse("_results_number=25&_results_offset=50").Query;
        Assert.Equal(25, query.Size);
        Assert.Equal(50, query.Offset);
    }

    [Fact]
    public void Zero_results_is_allowed() =>
        Assert.Equal(0, Parse("_results_number=0").Query.Size);

    [Fact]
    public void More_than_1000_results_is_rejected() =>
        Rejects("_results_number=1001", "_results_number");

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData(" 10")]
    public void Results_number_must_be_a_whole_number(string text) =>
        Rejects($"_results_number={text}", "_results_number");

    [Fact]
    public void Offset_plus_number_up_to_10000_is_allowed() =>
        Assert.Equal(9000, Parse("_results_offset=9000&_results_number=1000").Query.Offset);

    [Fact]
    public void Offset_plus_number_beyond_10000_is_rejected()
    {
        var error = Rejects("_results_offset=9950", "_results_offset");
        Assert.Contains("9950 + 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_valued_option_given_twice_is_rejected() =>
        Rejects("_results_number=10&_results_number=20", "_results_number");

    [Fact]
    public void Columns_default_to_socorros_five() =>
        Assert.Equal(["uuid", "date", "signature", "product", "version"], Parse("").Query.Columns);

    [Fact]
    public void Columns_keep_request_order_from_repeats_and_comma_lists_without_duplicates() =>
        Assert.Equal(["platform", "cpu_count", "uuid", "function"], Parse("_columns=platform,cpu_count&_columns=uuid&_columns=platform&_columns=function").Query.Columns);

    [Fact]
    public void An_unknown_column_is_rejected()
    {
        var error = Rejects("_columns=uuid,nonsense", "_columns");
        Assert.Contains("unknown field 'nonsense'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_that_cannot_be_returned_is_rejected() =>
        Rejects("_columns=internal_note", "_columns", catalogue: TestCatalogue.Instance);

    [Fact]
    public void Sort_takes_several_fields_with_a_minus_for_descending() =>
        Assert.Equal([new SortField("product", false), new SortField("date", true), new SortField("uptime", true)], Parse("_sort=product,-date&_sort=-uptime").Query.Sort);

    [Fact]
    public void Sort_defaults_to_the_engines_order() =>
        Assert.Empty(Parse("").Query.Sort);

    [Fact]
    public void An_unknown_sort_field_is_rejected() =>
        Rejects("_sort=-nonsense", "_sort");

    [Fact]
    public void A_multi_valued_sort_field_is_rejected()
    {
        var error = Rejects("_sort=addons", "_sort");
        Assert.Contains("cannot be sorted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_parameters_are_ignored_and_reported()
    {
        var parsed = Parse("product=Firefox&produkt=Firefox&_no_such_option=true");
        Assert.Equal("""Match(product, "Firefox")""", Queries.Building.QueryNodeText.Format(parsed.Query.Filter));
        Assert.Equal(
            ["unknown parameter 'produkt' was ignored", "unknown parameter '_no_such_option' was ignored"],
            parsed.Errors);
    }

    [Fact]
    public void Strict_mode_refuses_every_unknown_parameter_at_once_naming_them()
    {
        var error = Rejects("produkt=Firefox&_strict=true&version=1&_no_such_option=1", "_strict");
        Assert.Contains("'produkt', '_no_such_option'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'version'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_query_is_an_option_read_as_a_boolean_and_bare_means_yes()
    {
        Assert.True(Parse("_return_query=true").ReturnQuery);
        Assert.True(Parse("_return_query").ReturnQuery);
        Assert.False(Parse("_return_query=0").ReturnQuery);
        Assert.False(Parse("").ReturnQuery);
        Rejects("_return_query=perhaps", "_return_query");
    }

    [Fact]
    public void The_search_box_parameter_is_anded_with_the_other_parameters()
    {
        var parsed = Parse("product=Firefox&_query=signature:~OOM OR platform:Linux");
        Assert.Equal(
            """AND(OR(Contains(signature, "OOM"), Match(platform, "Linux")), Match(product, "Firefox"))""",
            Queries.Building.QueryNodeText.Format(parsed.Query.Filter));
        Assert.Empty(parsed.Errors);
    }

    [Fact]
    public void A_date_range_in_the_search_box_sets_the_window_like_the_date_parameter()
    {
        var parsed = Parse("_query=date:>=2026-11-01 product:Firefox");
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), parsed.Query.From);
        Assert.Equal(Now, parsed.Query.To);
    }

    [Fact]
    public void A_search_box_syntax_error_is_a_400_naming_query_and_the_position()
    {
        var error = Rejects("_query=(signature:OOM", "_query");
        Assert.Contains("position 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protected_field_in_the_search_box_is_removed_for_anonymous_callers()
    {
        var parsed = Parse("_query=product:Firefox url:~secret");
        Assert.Equal("""Match(product, "Firefox")""", Queries.Building.QueryNodeText.Format(parsed.Query.Filter));
        Assert.Contains(parsed.Errors, e => e.Contains("'url'", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Errors, e => e.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void A_parameter_error_never_repeats_a_very_long_name_in_full()
    {
        var parsed = Parse(new string('x', 500) + "=1");
        Assert.True(parsed.Errors.Single().Length < 200);
    }
}
