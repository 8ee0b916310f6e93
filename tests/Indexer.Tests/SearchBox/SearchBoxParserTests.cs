using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SearchBox;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Tests.SearchBox;

public sealed class SearchBoxParserTests
{
    static readonly SearchBoxParser Parser = new(FieldCatalogue.Default, new SearchLimits());

    static QueryNode? Filter(string text) => Parser.Parse(text, "search").Filter;

    static FieldPredicate P(string field, PredicateOperator op, object? value) => new(field, op, value);

    static InvalidQueryException Error(string text) => Assert.Throws<InvalidQueryException>(() => Parser.Parse(text, "search"));

    [Fact]
    public void A_field_term_is_a_match_predicate()
    {
        Assert.Equal(P("product", PredicateOperator.Match, "Firefox"), Filter("product:Firefox"));
    }

    [Fact]
    public void Adjacent_terms_are_anded_and_AND_binds_tighter_than_OR()
    {
        var tree = Filter("product:Firefox platform:Linux OR release_channel:beta AND version:1.0");
        var expected = new AnyOf([
            new AllOf([P("product", PredicateOperator.Match, "Firefox"), P("platform", PredicateOperator.Match, "Linux")]),
            new AllOf([P("release_channel", PredicateOperator.Match, "beta"), P("version", PredicateOperator.Match, "1.0")]),
        ]);
        Assert.Equivalent(expected, tree, strict: true);
    }

    [Fact]
    public void Parentheses_group_and_NOT_and_minus_negate()
    {
        var tree = Filter("(platform:Windows OR platform:Linux) NOT signature:~OOM -release_channel:nightly");
        var expected = new AllOf([
            new AnyOf([P("platform", PredicateOperator.Match, "Windows"), P("platform", PredicateOperator.Match, "Linux")]),
            new Not(P("signature", PredicateOperator.Contains, "OOM")),
            new Not(P("release_channel", PredicateOperator.Match, "nightly")),
        ]);
        Assert.Equivalent(expected, tree, strict: true);
    }

    [Theory]
    [InlineData("signature:=OOM", PredicateOperator.Exact)]
    [InlineData("signature:~OOM", PredicateOperator.Contains)]
    [InlineData("signature:^OOM", PredicateOperator.StartsWith)]
    [InlineData("signature:$OOM", PredicateOperator.EndsWith)]
    [InlineData("signature:@OOM", PredicateOperator.Regex)]
    public void Operator_prefixes_follow_the_colon(string text, PredicateOperator op)
    {
        Assert.Equal(P("signature", op, "OOM"), Filter(text));
    }

    [Fact]
    public void A_quoted_value_keeps_spaces_after_an_operator()
    {
        Assert.Equal(P("signature", PredicateOperator.Contains, "OOM | small"), Filter("signature:~\"OOM | small\""));
    }

    [Fact]
    public void A_quoted_value_makes_an_operator_character_literal()
    {
        Assert.Equal(P("signature", PredicateOperator.Match, "~OOM"), Filter("signature:\"~OOM\""));
    }

    [Fact]
    public void Symbols_with_double_colons_need_no_quotes()
    {
        Assert.Equal(P("function", PredicateOperator.Exact, "js::gc::Sweep"), Filter("function:=js::gc::Sweep"));
        Assert.Equal(new FreeText("mozilla::dom::Element"), Filter("mozilla::dom::Element"));
    }

    [Fact]
    public void A_trailing_star_is_a_prefix_search()
    {
        Assert.Equal(P("function", PredicateOperator.StartsWith, "js::gc::"), Filter("function:\"js::gc::*\""));
    }

    [Fact]
    public void Ranges_on_numbers_are_typed()
    {
        Assert.Equal(P("build_id", PredicateOperator.GreaterOrEqual, 20261101000000L), Filter("build_id:>=20261101000000"));
    }

    [Fact]
    public void Null_and_not_null_and_true()
    {
        Assert.Equal(new Not(P("url", PredicateOperator.Exists, null)), Filter("url:__null__"));
        Assert.Equal(P("url", PredicateOperator.Exists, null), Filter("url:!__null__"));
        Assert.Equal(P("startup_crash", PredicateOperator.IsTrue, null), Filter("startup_crash:__true__"));
    }

    [Fact]
    public void A_negated_operator_value_is_excluded()
    {
        Assert.Equal(new Not(P("signature", PredicateOperator.Contains, "OOM")), Filter("signature:!~OOM"));
    }

    [Fact]
    public void Bare_words_and_quoted_phrases_are_free_text()
    {
        Assert.Equivalent(new AllOf([new FreeText("shutdown"), new FreeText("hang in gc")]), Filter("shutdown \"hang in gc\""), strict: true);
    }

    [Fact]
    public void Top_level_date_ranges_become_the_time_window()
    {
        var parsed = Parser.Parse("date:>=2026-11-01 date:<2026-11-08 product:Firefox", "search");
        Assert.Equal(
            [P("date", PredicateOperator.GreaterOrEqual, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero)),
             P("date", PredicateOperator.LessThan, new DateTimeOffset(2026, 11, 8, 0, 0, 0, TimeSpan.Zero))],
            parsed.DateRanges);
        Assert.Equal(P("product", PredicateOperator.Match, "Firefox"), parsed.Filter);
    }

    [Fact]
    public void A_date_range_inside_OR_stays_in_the_tree()
    {
        var parsed = Parser.Parse("date:>=2026-11-01 OR product:Firefox", "search");
        Assert.Empty(parsed.DateRanges);
        Assert.IsType<AnyOf>(parsed.Filter);
    }

    [Fact]
    public void Empty_text_is_no_filter()
    {
        Assert.Null(Filter("   "));
    }

    [Theory]
    [InlineData("product:Firefox AND", 19, "ends where a search term was expected")]
    [InlineData("(product:Firefox", 0, "never closed")]
    [InlineData("product:Firefox)", 15, "no matching '('")]
    [InlineData("signature:\"OOM", 0, "quote opened here is never closed")]
    [InlineData("OR product:Firefox", 0, "'OR' where a search term was expected")]
    [InlineData("nosuchfield:1", 0, "unknown field 'nosuchfield'")]
    [InlineData("()", 1, "empty parentheses")]
    public void Syntax_errors_give_the_position(string text, int position, string detail)
    {
        var error = Error(text);
        Assert.Equal("search", error.Parameter);
        Assert.Contains($"position {position}", error.Message, StringComparison.Ordinal);
        Assert.Contains(detail, error.Message, StringComparison.Ordinal);
        // The same position as a number, for the web UI to mark under the box.
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void A_type_error_names_the_parameter()
    {
        var error = Error("build_id:~20");
        Assert.Contains("'search'", error.Message, StringComparison.Ordinal);
    }
}
