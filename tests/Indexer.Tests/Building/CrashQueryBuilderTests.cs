using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Tests.Building;

public sealed class CrashQueryBuilderTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    static readonly CrashQueryBuilder Builder = new(FieldCatalogue.Default, new SearchLimits());

    static readonly ParameterNames GraphQLNames = new() { Search = "search", Size = "first" };

    static DateTimeOffset Day(int day) => new(2026, 11, day, 0, 0, 0, TimeSpan.Zero);

    static BuiltQuery Build(CrashQuestion question, CrashQueryBuilder? builder = null) =>
        (builder ?? Builder).Build(question, SearchRights.PublicFields, Now);

    static InvalidQueryException Rejects(CrashQuestion question, CrashQueryBuilder? builder = null) =>
        Assert.Throws<InvalidQueryException>(() => Build(question, builder));

    static TermsAggregation Terms(string name, string field, int size, params Aggregation[] children) =>
        new(name, field, size, children);

    static HistogramAggregation EverySecond(string name) =>
        new(name, "date", new HistogramInterval { Span = TimeSpan.FromSeconds(1) }, []);

    [Fact]
    public void Search_text_filters_window_and_rights_become_the_expected_query()
    {
        var question = new CrashQuestion
        {
            Search = ["signature:~OOM product:Firefox date:>=2026-11-10"],
            Filters = [new FieldPredicate("platform", PredicateOperator.Match, "Windows NT")],
            To = Day(17),
            Sort = [new SortField("version", true)],
            Size = 20,
            Columns = ["uuid", "signature"],
            Aggregations = [new TermsAggregation("signature", "signature", 10, [])],
        };

        var (query, withheld) = Builder.Build(question, SearchRights.PublicFields, Now);

        Assert.Equal(
            """AND(Contains(signature, "OOM"), Match(product, "Firefox"), Match(platform, "Windows NT"))""",
            QueryNodeText.Format(query.Filter));
        Assert.Equal((Day(10), Day(17)), (query.From, query.To));
        Assert.Equal([new SortField("version", true)], query.Sort);
        Assert.Equal(20, query.Size);
        Assert.Equal(["uuid", "signature"], query.Columns);
        Assert.Equal("signature", Assert.Single(query.Aggregations).Name);
        Assert.False(query.CanReadProtected);
        Assert.Empty(withheld);
    }

    [Fact]
    public void Without_bounds_the_window_is_the_default_days_before_now()
    {
        var query = Build(new CrashQuestion()).Query;
        Assert.Equal((Now.AddDays(-7), Now), (query.From, query.To));
        Assert.Null(query.Filter);
    }

    [Fact]
    public void The_same_filters_in_another_order_give_the_same_tree()
    {
        QueryNode platform = new FieldPredicate("platform", PredicateOperator.Match, "Linux");
        QueryNode product = new FieldPredicate("product", PredicateOperator.Match, "Firefox");
        var one = Build(new CrashQuestion { Filters = [platform, product], Search = ["OOM"] });
        var other = Build(new CrashQuestion { Search = ["OOM"], Filters = [product, platform] });
        Assert.Equal(QueryNodeText.Format(one.Query.Filter), QueryNodeText.Format(other.Query.Filter));
    }

    [Fact]
    public void A_protected_field_is_withheld_and_reported_without_the_right()
    {
        var question = new CrashQuestion { Search = ["url:~secret product:Firefox"], Columns = ["uuid", "url"] };

        var (query, withheld) = Builder.Build(question, SearchRights.PublicFields, Now);

        Assert.Equal("""Match(product, "Firefox")""", QueryNodeText.Format(query.Filter));
        Assert.Equal(["uuid"], query.Columns);
        Assert.False(query.CanReadProtected);
        Assert.Equal(
            ["field 'url' requires the read-protected permission and was ignored in filter",
             "field 'url' requires the read-protected permission and was ignored in columns"],
            withheld);
        Assert.DoesNotContain(withheld, message => message.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void A_protected_field_is_kept_with_the_right()
    {
        var question = new CrashQuestion { Search = ["url:~secret"], Columns = ["uuid", "url"] };

        var (query, withheld) = Builder.Build(question, SearchRights.ProtectedFields, Now);

        Assert.Equal("""Contains(url, "secret")""", QueryNodeText.Format(query.Filter));
        Assert.Equal(["uuid", "url"], query.Columns);
        Assert.True(query.CanReadProtected);
        Assert.Empty(withheld);
    }

    public static TheoryData<string, CrashQuestion> BeyondALimit => new()
    {
        { "first", new CrashQuestion { Size = 1001, Parameters = GraphQLNames } },
        { "first", new CrashQuestion { Size = -1, Parameters = GraphQLNames } },
        { "offset", new CrashQuestion { Offset = 9950, Size = 100 } },
        { "from", new CrashQuestion { From = Day(20).AddDays(-400), Parameters = GraphQLNames } },
        { "search", new CrashQuestion { Search = ["date:>=2025-01-01"], Parameters = GraphQLNames } },
        { "search", new CrashQuestion { Search = ["signature:@" + new string('a', 1001)], Parameters = GraphQLNames } },
        { "top.size", new CrashQuestion { Aggregations = [Terms("top", "signature", 10_001)] } },
        {
            "top.byPlatform.size",
            new CrashQuestion { Aggregations = [Terms("top", "signature", 5, Terms("byPlatform", "platform", 0))] }
        },
        { "perSecond.interval", new CrashQuestion { Aggregations = [EverySecond("perSecond")] } },
    };

    [Theory]
    [MemberData(nameof(BeyondALimit))]
    public void A_question_beyond_a_limit_is_rejected_naming_the_parameter(string parameter, CrashQuestion question)
    {
        var error = Rejects(question);
        Assert.Equal(parameter, error.Parameter);
        Assert.Contains($"'{parameter}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_door_names_its_own_parameters_in_errors()
    {
        var names = new ParameterNames
        {
            Size = "_results_number",
            Offset = "_results_offset",
            FacetSize = "_facets_size",
            HistogramIntervalPrefix = "_histogram_interval.",
        };
        string Named(CrashQuestion question) => Rejects(question with { Parameters = names }).Parameter;

        Assert.Equal("_results_number", Named(new CrashQuestion { Size = 1001 }));
        Assert.Equal("_results_offset", Named(new CrashQuestion { Offset = 10_000, Size = 1 }));
        Assert.Equal("_facets_size", Named(new CrashQuestion { Aggregations = [Terms("product", "product", 20_000)] }));
        var histogram = new CrashQuestion { Aggregations = [EverySecond("histogram_date")] };
        Assert.Equal("_histogram_interval.date", Named(histogram));
    }

    [Fact]
    public void The_limits_given_to_the_builder_are_the_ones_enforced_and_only_those()
    {
        var limits = new SearchLimits { MaxPageSize = 10, MaxWindowDays = 30, MaxFacetSize = 3 };
        var builder = new CrashQueryBuilder(FieldCatalogue.Default, limits);

        Assert.Equal(10, Build(new CrashQuestion { Size = 10 }, builder).Query.Size);
        Assert.Equal("size", Rejects(new CrashQuestion { Size = 11 }, builder).Parameter);
        Assert.Equal("from", Rejects(new CrashQuestion { From = Now.AddDays(-31), Size = 0 }, builder).Parameter);
        var facet = new CrashQuestion { Size = 0, Aggregations = [Terms("f", "product", 4)] };
        Assert.Equal("f.size", Rejects(facet, builder).Parameter);
        // What the default limits allow and these refuse, the default builder lets through.
        Assert.Equal(11, Build(new CrashQuestion { Size = 11, From = Now.AddDays(-31) }).Query.Size);
    }

    [Fact]
    public void A_syntax_error_in_the_search_text_names_the_parameter_and_the_position()
    {
        var names = new ParameterNames { Search = "_query" };
        var error = Rejects(new CrashQuestion { Search = ["product:Firefox )"], Parameters = names });
        Assert.Equal("_query", error.Parameter);
        Assert.Contains("position 16", error.Message, StringComparison.Ordinal);
    }
}
