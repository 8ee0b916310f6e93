using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SearchBox;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Tests.SearchBox;

/// <summary>The <c>[N]</c> suffix on stack-frame fields in the search box: "within the top N frames".</summary>
public sealed class SearchBoxTopFramesTests
{
    static readonly SearchBoxParser Parser = new(FieldCatalogue.Default, new SearchLimits());

    static QueryNode? Filter(string text) => Parser.Parse(text, "search").Filter;

    [Fact]
    public void A_prefix_within_the_top_frames()
    {
        Assert.Equal(new FieldPredicate("function", PredicateOperator.StartsWith, "js::gc::", 5), Filter("function[5]:js::gc::*"));
    }

    [Fact]
    public void Operators_quotes_and_negation_keep_the_limit()
    {
        var expected = new AllOf([
            new FieldPredicate("module", PredicateOperator.Exact, "xul.dll", 2),
            new Not(new FieldPredicate("function", PredicateOperator.Match, "lang_start closure", 3)),
        ]);
        Assert.Equivalent(expected, Filter("module[2]:=xul.dll -function[3]:\"lang_start closure\""), strict: true);
    }

    [Theory]
    [InlineData("product:Firefox signature[2]:OOM", 16, "signature")]
    [InlineData("function[0]:Sweep", 0, "[0]")]
    [InlineData("nosuch[2]:x", 0, "nosuch")]
    public void A_bad_suffix_is_an_error_at_its_position(string text, int position, string named)
    {
        var error = Assert.Throws<InvalidQueryException>(() => Parser.Parse(text, "search"));
        Assert.Contains($"position {position}", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Brackets_that_are_not_a_count_stay_part_of_free_text()
    {
        Assert.Equal(new FreeText("a[b]:c"), Filter("a[b]:c"));
    }
}
