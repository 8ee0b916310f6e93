using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.Indexer.Queries.SearchBox;
using CrashSearch.SearchApi.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CrashSearch.WebUi.Tests.Web;

/// <summary>The search page's URL state, without a server.</summary>
public sealed class SearchStateTests
{
    [Theory]
    [InlineData("OOM | small")]
    [InlineData("say \"hi\" \\ bye")]
    [InlineData("-(a:b) OR NOT c")]
    public void A_facet_term_parses_back_to_exactly_the_value_it_was_made_from(string value)
    {
        var parser = new SearchBoxParser(FieldCatalogue.Default, new SearchLimits());

        var parsed = parser.Parse(SearchState.Term("signature", value, exclude: false), "search");

        var predicate = Assert.IsType<FieldPredicate>(parsed.Filter);
        Assert.Equal("signature", predicate.Field);
        Assert.Equal(value, predicate.Value);
    }

    [Fact]
    public void An_excluded_term_parses_to_a_negation()
    {
        var parser = new SearchBoxParser(FieldCatalogue.Default, new SearchLimits());

        var parsed = parser.Parse(SearchState.Term("platform", "Windows NT", exclude: true), "search");

        Assert.Equal("Windows NT", Assert.IsType<FieldPredicate>(Assert.IsType<Not>(parsed.Filter).Child).Value);
    }

    [Fact]
    public void A_state_written_to_a_URL_reads_back_the_same_and_defaults_are_left_out()
    {
        var state = new SearchState
        {
            Q = "product:Firefox", Window = "30d", Sort = "-version", Columns = ["uuid", "signature"],
            Facets = ["platform"], Size = 5, After = "c2", Trail = ["c1"],
        };

        var url = state.Url();
        var read = SearchState.Parse(new QueryCollection(QueryHelpers.ParseQuery(new Uri("http://x" + url).Query)));

        Assert.Equal(state.Url(), read.Url());
        Assert.Equal(["uuid", "signature"], read.Columns);
        Assert.Equal("/search", new SearchState().Url());
    }

    [Fact]
    public void Next_and_previous_walk_the_cursor_trail_back_to_the_first_page()
    {
        var first = new SearchState { Q = "x" };

        var third = first.Next("a").Next("b");

        Assert.Equal("b", third.After);
        Assert.Equal(["a"], third.Trail);
        var second = third.Previous()!;
        Assert.Equal("a", second.After);
        Assert.Null(second.Previous()!.After);
        Assert.Null(first.Previous());
    }
}
