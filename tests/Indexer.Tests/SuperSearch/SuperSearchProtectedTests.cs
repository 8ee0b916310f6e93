using CrashSearch.Indexer.Queries.Building;
using CrashSearch.Indexer.Queries.SuperSearch;
using static CrashSearch.Indexer.Tests.SuperSearch.SuperSearchParsing;

namespace CrashSearch.Indexer.Tests.SuperSearch;

/// <summary>Every parameter form that can name a protected field, as an anonymous caller.</summary>
public sealed class SuperSearchProtectedTests
{
    const string Secret = "secret-value-42";

    static string Ignored(string field, string where) => $"field '{field}' requires the read-protected permission and was ignored in {where}";

    static void AssertNoSecret(ParsedSuperSearch parsed) =>
        Assert.DoesNotContain(parsed.Errors, e => e.Contains(Secret, StringComparison.Ordinal));

    [Theory]
    [InlineData("url=" + Secret)]
    [InlineData("url=!" + Secret)]
    [InlineData("url==" + Secret)]
    [InlineData("url=~" + Secret)]
    [InlineData("url=^" + Secret)]
    [InlineData("url=$" + Secret)]
    [InlineData("url=@" + Secret + ".*")]
    [InlineData("url=@" + Secret + "(")]
    [InlineData("url=>" + Secret)]
    [InlineData("url=<=" + Secret)]
    [InlineData("url=__null__")]
    [InlineData("url=!__null__")]
    [InlineData("url=__true__")]
    [InlineData("url=__null__&url=" + Secret)]
    public void A_filter_on_a_protected_field_is_removed_whatever_its_operator(string query)
    {
        var parsed = Parse(query + "&product=Firefox");
        Assert.Equal("""Match(product, "Firefox")""", QueryNodeText.Format(parsed.Query.Filter));
        Assert.Equal([Ignored("url", "the url filter")], parsed.Errors);
        AssertNoSecret(parsed);
    }

    [Theory]
    [InlineData("email")]
    [InlineData("user_comments")]
    public void Every_protected_field_of_the_catalogue_is_removed_from_filters(string field)
    {
        var parsed = Parse($"{field}=~{Secret}");
        Assert.Null(parsed.Query.Filter);
        Assert.Equal([Ignored(field, $"the {field} filter")], parsed.Errors);
    }

    [Fact]
    public void A_protected_column_is_removed()
    {
        var parsed = Parse("_columns=uuid,url&_columns=email");
        Assert.Equal(["uuid"], parsed.Query.Columns);
        Assert.Equal([Ignored("url", "_columns"), Ignored("email", "_columns")], parsed.Errors);
    }

    [Fact]
    public void A_protected_sort_field_is_removed()
    {
        var parsed = Parse("_sort=-url,date");
        Assert.Equal([new Queries.SortField("date", false)], parsed.Query.Sort);
        Assert.Equal([Ignored("url", "_sort")], parsed.Errors);
    }

    [Theory]
    [InlineData("_facets=url", "url", "_facets")]
    [InlineData("_facets=_cardinality.email", "email", "_facets")]
    [InlineData("_facets=user_comments", "user_comments", "_facets")]
    [InlineData("_cardinality.url=", "url", "_cardinality.url")]
    public void A_protected_facet_is_removed(string query, string field, string where)
    {
        var parsed = Parse("_facets=&" + query);
        Assert.Empty(parsed.Query.Aggregations);
        Assert.Equal([Ignored(field, where)], parsed.Errors);
    }

    [Fact]
    public void A_protected_aggs_key_removes_the_whole_aggregation()
    {
        var parsed = Parse("_facets=&_aggs.url=product");
        Assert.Empty(parsed.Query.Aggregations);
        Assert.Equal([Ignored("url", "_aggs.url")], parsed.Errors);
    }

    [Fact]
    public void A_protected_field_inside_an_aggs_chain_cuts_the_chain_there()
    {
        var parsed = Parse("_facets=&_aggs.product.url=platform");
        Assert.Equal("product:product(50)", Aggregations(parsed.Query.Aggregations));
        Assert.Equal([Ignored("url", "_aggs.product.url")], parsed.Errors);
    }

    [Theory]
    [InlineData("_aggs.product=url", "url")]
    [InlineData("_aggs.product=_cardinality.email", "email")]
    [InlineData("_aggs.product=user_comments", "user_comments")]
    public void A_protected_aggs_value_is_removed(string query, string field)
    {
        var parsed = Parse("_facets=&" + query);
        Assert.Equal("product:product(50)", Aggregations(parsed.Query.Aggregations));
        Assert.Equal([Ignored(field, "_aggs.product")], parsed.Errors);
    }

    [Fact]
    public void A_histogram_over_a_protected_field_is_removed()
    {
        var parsed = Parse("_facets=&_histogram.secret_count=product&_histogram_interval.secret_date=day", catalogue: TestCatalogue.Instance);
        Assert.Empty(parsed.Query.Aggregations);
        Assert.Equal([Ignored("secret_count", "_histogram.secret_count"), Ignored("secret_date", "_histogram_interval.secret_date")], parsed.Errors);
    }

    [Fact]
    public void A_protected_sub_facet_of_a_histogram_is_removed()
    {
        var parsed = Parse("_facets=&_histogram.date=url&_histogram.date=_histogram.secret_count", catalogue: TestCatalogue.Instance);
        Assert.Equal("histogram_date:date(Day)", Aggregations(parsed.Query.Aggregations));
        Assert.Equal([Ignored("url", "_histogram.date"), Ignored("secret_count", "_histogram.date")], parsed.Errors);
    }

    [Fact]
    public void The_anonymous_query_cannot_read_protected_fields() =>
        Assert.False(Parse("").Query.CanReadProtected);

    [Fact]
    public void A_caller_with_the_permission_uses_protected_fields_in_every_form()
    {
        var parsed = Parse($"url=~{Secret}&_columns=uuid,url&_sort=email&_facets=url&_aggs.url=_cardinality.email", canReadProtected: true);
        Assert.Equal($$"""Contains(url, "{{Secret}}")""", QueryNodeText.Format(parsed.Query.Filter));
        Assert.Equal(["uuid", "url"], parsed.Query.Columns);
        Assert.Equal("email", parsed.Query.Sort.Single().Field);
        Assert.Equal("url:url(50)[cardinality_email:email]", Aggregations(parsed.Query.Aggregations));
        Assert.True(parsed.Query.CanReadProtected);
        Assert.Empty(parsed.Errors);
    }

    [Theory]
    [InlineData("url=@" + Secret + "(")]
    [InlineData("secret_count=" + Secret)]
    [InlineData("secret_date=>" + Secret)]
    public void Errors_about_protected_values_never_repeat_the_value(string query)
    {
        var error = Assert.Throws<Queries.InvalidQueryException>(() => Parse(query, canReadProtected: true, catalogue: TestCatalogue.Instance));
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }
}
