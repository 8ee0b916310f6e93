using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Crashes;
using CrashSearch.SearchApi.SavedSearches;

namespace CrashSearch.SearchApi.Tests.SavedSearches;

/// <summary>A saved search as a question, and the checks that refuse a search that could not run.</summary>
public sealed class SavedSearchQuestionsTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    static readonly CrashQueryBuilder Builder = new(FieldCatalogue.Default, new SearchLimits { MaxWindowDays = 30 });

    static readonly SavedSearchQuestions Questions = new(Builder);

    static readonly SavedSearch Saved = new("s1", "key_a", "OOM", "signature:~OOM platform:Windows",
        SavedSearchVisibility.Private, Now, Now)
    {
        Filters = [new FieldFilter("product", PredicateOperator.Exact, ["Firefox", "Fenix"], false, null)],
        Window = "2d",
        Columns = ["signature"],
        Facets = ["platform"],
    };

    [Fact]
    public void The_question_is_the_search_text_and_the_translated_filters_over_the_window_given()
    {
        var question = Questions.For(Saved, Now.AddHours(-1), Now);
        Assert.Equal(["signature:~OOM platform:Windows"], question.Search);
        var products = Assert.IsType<AnyOf>(Assert.Single(question.Filters));
        Assert.Equal(
            [("product", PredicateOperator.Exact, "Firefox"), ("product", PredicateOperator.Exact, "Fenix")],
            products.Children.Cast<FieldPredicate>().Select(p => (p.Field, p.Operator, (string)p.Value!)));
        Assert.Equal((Now.AddHours(-1), Now), (question.From, question.To));
        Assert.Equal(CrashQuery.DefaultColumns, question.Columns);
        Assert.Empty(question.Aggregations);
        Assert.Empty(Builder.Build(question, SearchRights.PublicFields, Now).Withheld);
    }

    [Fact]
    public void A_recent_run_covers_the_saved_window_before_now()
    {
        var question = Questions.Recent(Saved, Now);
        Assert.Equal((Now.AddDays(-2), Now), (question.From, question.To));
        var unwindowed = Questions.Recent(Saved with { Window = null }, Now);
        Assert.Equal((null, null), (unwindowed.From, unwindowed.To));
    }

    [Theory]
    [InlineData("nosuchfield:value", "", "Parameter 'search'", "unknown field 'nosuchfield'")]
    [InlineData("signature:(OOM", "", "Parameter 'search'", "")]
    [InlineData("signature:OOM", "7 days", "Input 'window'", "is not a window")]
    [InlineData("signature:OOM", "31d", "Input 'window'", "longer than 30 days")]
    public void A_search_that_cannot_run_is_refused_with_the_parsers_message(
        string search, string window, string names, string says)
    {
        var draft = SavedSearchDraft.Of(Saved) with { Search = search, Window = window.Length == 0 ? null : window };
        var error = Assert.Throws<InvalidQueryException>(() => Questions.Check(draft, Now));
        Assert.StartsWith(names, error.Message, StringComparison.Ordinal);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        if (window.Length == 0)
        {
            // The same words the crashes field answers for the same search.
            var door = Assert.Throws<InvalidQueryException>(() =>
                Builder.Build(new CrashQuestion { Search = [search] }, SearchRights.ProtectedFields, Now));
            Assert.Equal(door.Message, error.Message);
        }
    }

    [Fact]
    public void A_filter_that_cannot_run_is_refused_naming_the_filter()
    {
        var draft = SavedSearchDraft.Of(Saved) with
        {
            Filters = [new FieldFilter("cpu_count", PredicateOperator.GreaterThan, ["many"], false, null)],
        };
        var error = Assert.Throws<InvalidQueryException>(() => Questions.Check(draft, Now));
        Assert.Contains("filters[0].values[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_draft_with_a_protected_field_is_accepted()
    {
        Questions.Check(SavedSearchDraft.Of(Saved) with { Search = "url:~example email:__null__" }, Now);
    }
}
