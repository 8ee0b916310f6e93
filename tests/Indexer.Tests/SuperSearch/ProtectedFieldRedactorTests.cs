using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Tests.SuperSearch;

public sealed class ProtectedFieldRedactorTests
{
    static readonly DateTimeOffset From = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    static CrashQuery Query(QueryNode? filter = null) => new()
    {
        Filter = filter,
        From = From,
        To = From.AddDays(7),
        CanReadProtected = true,
    };

    static FieldPredicate P(string field, string value) => new(field, PredicateOperator.Match, value);

    static (CrashQuery Query, IReadOnlyList<string> Errors) Redact(CrashQuery query) =>
        ProtectedFieldRedactor.Redact(query, FieldCatalogue.Default);

    [Fact]
    public void Predicates_on_protected_fields_are_pruned_anywhere_in_the_tree()
    {
        var filter = new AllOf([
            P("product", "Firefox"),
            new AnyOf([P("url", "a"), P("platform", "Linux")]),
            new Not(P("email", "b")),
            new AnyOf([new Not(new FieldPredicate("url", PredicateOperator.Exists, null)), P("user_comments", "c")]),
        ]);
        var (query, errors) = Redact(Query(filter));
        Assert.Equal("""AND(Match(product, "Firefox"), Match(platform, "Linux"))""", QueryNodeText.Format(query.Filter));
        Assert.Equal([
            "field 'url' requires the read-protected permission and was ignored in filter",
            "field 'email' requires the read-protected permission and was ignored in filter",
            "field 'user_comments' requires the read-protected permission and was ignored in filter",
        ], errors);
    }

    [Fact]
    public void A_filter_made_only_of_protected_predicates_disappears() =>
        Assert.Null(Redact(Query(new Not(P("url", "a")))).Query.Filter);

    [Fact]
    public void Free_text_is_left_to_the_engine_which_skips_protected_fields()
    {
        var (query, errors) = Redact(Query(new FreeText("crash")));
        Assert.Equal("""FreeText("crash")""", QueryNodeText.Format(query.Filter));
        Assert.Empty(errors);
    }

    [Fact]
    public void Protected_columns_and_sort_keys_are_removed()
    {
        var (query, errors) = Redact(Query() with
        {
            Columns = ["uuid", "url", "email", "signature"],
            Sort = [new SortField("email", true), new SortField("date", false)],
        });
        Assert.Equal(["uuid", "signature"], query.Columns);
        Assert.Equal([new SortField("date", false)], query.Sort);
        Assert.Equal(3, errors.Count);
        Assert.Contains("field 'email' requires the read-protected permission and was ignored in sort", errors);
    }

    [Fact]
    public void Protected_aggregations_are_removed_at_any_depth()
    {
        var day = new HistogramInterval { Unit = CalendarUnit.Day };
        var (query, errors) = Redact(Query() with
        {
            Aggregations = [
                new TermsAggregation("url", "url", 10, [new TermsAggregation("product", "product", 10, [])]),
                new TermsAggregation("product", "product", 10, [
                    new TermsAggregation("version", "version", 10, [new CardinalityAggregation("cardinality_email", "email")]),
                    new HistogramAggregation("histogram_date", "date", day, [new TermsAggregation("url", "url", 10, [])]),
                ]),
                new CardinalityAggregation("cardinality_url", "url"),
            ],
        });
        Assert.Equal("product:product(10)[version:version(10), histogram_date:date(Day)]", SuperSearchParsing.Aggregations(query.Aggregations));
        Assert.Equal([
            "field 'url' requires the read-protected permission and was ignored in aggregation 'url'",
            "field 'email' requires the read-protected permission and was ignored in aggregation 'cardinality_email'",
            "field 'url' requires the read-protected permission and was ignored in aggregation 'cardinality_url'",
        ], errors);
    }

    [Fact]
    public void The_redacted_query_cannot_read_protected_fields() =>
        Assert.False(Redact(Query()).Query.CanReadProtected);

    [Fact]
    public void A_query_without_protected_references_is_unchanged_and_reports_nothing()
    {
        var filter = new AllOf([P("product", "Firefox"), new Not(P("platform", "Linux"))]);
        var (query, errors) = Redact(Query(filter) with { Aggregations = [new TermsAggregation("signature", "signature", 50, [])] });
        Assert.Same(filter, query.Filter);
        Assert.Single(query.Aggregations);
        Assert.Empty(errors);
    }
}
