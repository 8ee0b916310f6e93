using CrashSearch.Indexer.Queries.Building;
using static CrashSearch.Indexer.Tests.SuperSearch.SuperSearchParsing;

namespace CrashSearch.Indexer.Tests.SuperSearch;

public sealed class SuperSearchAggregationTests
{
    static string Aggs(string query, SearchLimits? limits = null) =>
        Aggregations(Parse(query, limits: limits).Query.Aggregations);

    [Fact]
    public void The_default_facet_is_signature_with_50_terms()
    {
        var parsed = Parse("");
        Assert.Equal("signature:signature(50)", Aggregations(parsed.Query.Aggregations));
        Assert.Equal(["signature"], parsed.Facets);
    }

    [Fact]
    public void Facets_keep_request_order() =>
        Assert.Equal("platform:platform(50), product:product(50), version:version(50)", Aggs("_facets=platform&_facets=product,version"));

    [Fact]
    public void An_empty_facets_parameter_asks_for_no_facets() =>
        Assert.Empty(Parse("_facets=").Query.Aggregations);

    [Fact]
    public void Facets_size_applies_to_every_level() =>
        Assert.Equal("product:product(5)[version:version(5)]", Aggs("_facets=product&_aggs.product=version&_facets_size=5"));

    [Fact]
    public void Facets_size_zero_turns_aggregations_off()
    {
        var parsed = Parse("_facets=product&_histogram.date=platform&_facets_size=0");
        Assert.Empty(parsed.Query.Aggregations);
        Assert.Empty(parsed.Facets);
    }

    [Fact]
    public void Facets_size_above_the_maximum_is_rejected() =>
        Rejects("_facets_size=10001", "_facets_size");

    [Theory]
    [InlineData("_facets=uuid")]
    [InlineData("_facets=proto_signature")]
    public void A_field_that_is_not_facetable_is_rejected(string query)
    {
        var error = Rejects(query, "_facets");
        Assert.Contains("is not facetable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_facet_is_rejected() =>
        Rejects("_facets=platfrom", "_facets");

    [Fact]
    public void Aggs_nest_the_value_under_each_term_of_the_key_field() =>
        Assert.Equal("signature:signature(50), product:product(50)[version:version(50)]", Aggs("_aggs.product=version"));

    [Fact]
    public void Dotted_aggs_chains_nest_further() =>
        Assert.Equal("product:product(50)[version:version(50)[platform:platform(50)]]", Aggs("_facets=product&_aggs.product.version=platform"));

    [Fact]
    public void Aggs_merge_with_facets_and_each_other_in_any_order()
    {
        const string expected = "product:product(50)[version:version(50)[cpu_arch:cpu_arch(50)], platform:platform(50)]";
        Assert.Equal(expected, Aggs("_facets=product&_aggs.product=version&_aggs.product=platform&_aggs.product.version=cpu_arch"));
        Assert.Equal(expected, Aggs("_aggs.product.version=cpu_arch&_facets=product&_aggs.product=version,platform"));
    }

    [Fact]
    public void Aggs_values_can_be_histograms_and_distinct_counts() =>
        Assert.Equal(
            "product:product(50)[histogram_date:date(Day), cardinality_install_time:install_time]",
            Aggs("_facets=product&_aggs.product=_histogram.date&_aggs.product=_cardinality.install_time"));

    [Fact]
    public void Aggs_up_to_the_depth_limit_are_allowed() =>
        Assert.Contains("[cpu_arch:cpu_arch(50)]", Aggs("_facets=product&_aggs.product.version.platform.release_channel=cpu_arch"), StringComparison.Ordinal);

    [Theory]
    [InlineData("_aggs.product.version.platform.release_channel.cpu_arch=process_type")]
    [InlineData("_aggs.product.version.platform.release_channel.cpu_arch.process_type=")]
    public void Aggs_deeper_than_the_limit_are_rejected(string query)
    {
        var error = Rejects(query, query[..query.IndexOf('=', StringComparison.Ordinal)]);
        Assert.Contains("at most 5 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_smaller_configured_depth_applies() =>
        Rejects("_aggs.product=version", "_aggs.product", limits: new SearchLimits { MaxAggregationDepth = 1 });

    [Theory]
    [InlineData("_aggs.nonsense=version", "_aggs.nonsense")]
    [InlineData("_aggs.product=nonsense", "_aggs.product")]
    [InlineData("_aggs.product._cardinality=version", "_aggs.product._cardinality")]
    [InlineData("_aggs.product=uuid", "_aggs.product")]
    public void Bad_aggs_are_rejected_naming_the_parameter(string query, string parameter) =>
        Rejects(query, parameter);

    [Fact]
    public void A_date_histogram_defaults_to_days_and_carries_its_sub_facets()
    {
        var parsed = Parse("_histogram.date=product&_histogram.date=platform");
        Assert.Equal("signature:signature(50), histogram_date:date(Day)[product:product(50), platform:platform(50)]", Aggregations(parsed.Query.Aggregations));
        Assert.Equal(["signature", "histogram_date"], parsed.Facets);
    }

    [Fact]
    public void A_histogram_without_sub_facets_is_allowed() =>
        Assert.Equal("histogram_date:date(Day)", Aggs("_facets=&_histogram.date="));

    [Fact]
    public void A_histogram_can_be_asked_for_as_a_facet() =>
        Assert.Equal("histogram_uptime:uptime(1)", Aggs("_facets=_histogram.uptime"));

    [Theory]
    [InlineData("hour", "Hour")]
    [InlineData("day", "Day")]
    [InlineData("Week", "Week")]
    [InlineData("month", "Month")]
    [InlineData("year", "Year")]
    [InlineData("1h", "Hour")]
    [InlineData("1d", "Day")]
    [InlineData("1w", "Week")]
    [InlineData("1M", "Month")]
    [InlineData("1y", "Year")]
    [InlineData("6h", "06:00:00")]
    [InlineData("2d", "2.00:00:00")]
    [InlineData("30m", "00:30:00")]
    [InlineData("1m", "00:01:00")]
    public void Date_histogram_intervals_are_calendar_units_or_fixed_spans(string text, string expected) =>
        Assert.Equal($"histogram_date:date({expected})", Aggs($"_facets=&_histogram.date=&_histogram_interval.date={text}"));

    [Fact]
    public void A_number_histogram_takes_a_positive_width() =>
        Assert.Equal("histogram_uptime:uptime(3600)", Aggs("_facets=&_histogram.uptime=&_histogram_interval.uptime=3600"));

    [Theory]
    [InlineData("_histogram_interval.date=fortnight", "_histogram_interval.date")]
    [InlineData("_histogram_interval.date=0h", "_histogram_interval.date")]
    [InlineData("_histogram_interval.date=-1d", "_histogram_interval.date")]
    [InlineData("_histogram_interval.date=2w", "_histogram_interval.date")]
    [InlineData("_histogram_interval.date=99999999999d", "_histogram_interval.date")]
    [InlineData("_histogram_interval.uptime=0", "_histogram_interval.uptime")]
    [InlineData("_histogram_interval.uptime=-5", "_histogram_interval.uptime")]
    [InlineData("_histogram_interval.uptime=day", "_histogram_interval.uptime")]
    public void Bad_intervals_are_rejected(string query, string parameter) =>
        Rejects("_histogram.date=&_histogram.uptime=&" + query, parameter);

    [Theory]
    [InlineData("_histogram.signature=")]
    [InlineData("_histogram.startup_crash=")]
    public void A_histogram_over_a_field_that_is_neither_date_nor_number_is_rejected(string query) =>
        Rejects(query, query.TrimEnd('='));

    [Fact]
    public void A_date_histogram_with_too_many_buckets_is_rejected()
    {
        var error = Rejects("_histogram.date=&_histogram_interval.date=1s", "_histogram_interval.date");
        Assert.Contains("buckets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_without_a_histogram_is_reported() =>
        Assert.Contains("parameter '_histogram_interval.date' was ignored: no histogram over date was asked for", Parse("_histogram_interval.date=hour").Errors);

    [Fact]
    public void An_interval_applies_to_histograms_nested_anywhere() =>
        Assert.Equal("product:product(50)[histogram_date:date(Hour)]", Aggs("_facets=product&_aggs.product=_histogram.date&_histogram_interval.date=hour"));

    [Fact]
    public void A_distinct_count_can_be_a_facets_value() =>
        Assert.Equal("cardinality_platform:platform", Aggs("_facets=_cardinality.platform"));

    [Fact]
    public void A_distinct_count_can_be_a_parameter()
    {
        var parsed = Parse("_cardinality.install_time=");
        Assert.Equal(["signature", "cardinality_install_time"], parsed.Facets);
        Assert.Empty(parsed.Errors);
    }

    [Fact]
    public void A_distinct_count_of_a_field_that_is_not_facetable_is_rejected() =>
        Rejects("_facets=_cardinality.uuid", "_facets");

    [Fact]
    public void The_same_facet_asked_twice_is_computed_once() =>
        Assert.Equal("product:product(50)", Aggs("_facets=product&_facets=product"));
}
