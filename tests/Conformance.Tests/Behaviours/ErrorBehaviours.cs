using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>Requests that cannot be answered are errors that name the parameter, never silent no-ops or crashes.</summary>
public abstract class ErrorBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    [Theory]
    [InlineData("build_id=~20", "build_id")]
    [InlineData("build_id=@20.*", "build_id")]
    [InlineData("build_id==20", "build_id")]
    [InlineData("build_id=abc", "build_id")]
    [InlineData("build_id=1.5", "build_id")]
    [InlineData("cpu_count=99999999999", "cpu_count")]
    [InlineData("signature=>5", "signature")]
    [InlineData("version=<=1", "version")]
    [InlineData("signature=__true__", "signature")]
    [InlineData("cpu_count=__true__", "cpu_count")]
    [InlineData("startup_crash=^t", "startup_crash")]
    [InlineData("startup_crash=maybe", "startup_crash")]
    [InlineData("startup_crash=>0", "startup_crash")]
    [InlineData("signature=~", "signature")]
    [InlineData("signature=!", "signature")]
    public void An_operator_that_does_not_fit_the_field_is_rejected(string query, string parameter)
    {
        var error = Rejects(query);
        Assert.Equal(parameter, error.Parameter);
        Assert.Contains($"'{parameter}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("signature=@(unclosed")]
    [InlineData("signature=@[z-a]")]
    [InlineData("signature=@(a))")]
    public void A_malformed_regular_expression_is_rejected(string query) =>
        Assert.Equal("signature", Rejects(query).Parameter);

    [Fact]
    public void A_regular_expression_longer_than_the_limit_is_rejected() =>
        Assert.Equal("signature", Rejects("signature=@" + new string('a', Limits.MaxRegexLength + 1)).Parameter);

    [Fact]
    public async Task A_too_complex_regular_expression_is_an_error_not_a_hang()
    {
        await IndexAsync(Crash("a").With("signature", "ab"));
        var parsed = Parser
            .Parse([new("signature", "@(.*a.*b.*c.*d.*e.*f.*g.*h.*i.*j.*k.*l.*m.*n.*o.*p){3}[a-p]{40}")], false, Now);
        // It used to take minutes to refuse. The refusal counts automaton states, not time; the limit only turns a
        // hang into a failure (how fast a refusal is belongs to the benchmark harness, not here).
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() =>
            Index.SearchAsync(parsed.Query, Cancellation).WaitAsync(Eventually.Limit, Cancellation));
        Assert.Equal("signature", error.Parameter);
    }

    [Theory]
    [InlineData("_results_number=1001", "_results_number")]
    [InlineData("_results_number=-1", "_results_number")]
    [InlineData("_results_number=ten", "_results_number")]
    [InlineData("_results_offset=9901&_results_number=100", "_results_offset")]
    [InlineData("_results_offset=10001", "_results_offset")]
    [InlineData("_columns=no_such_field", "_columns")]
    [InlineData("_sort=no_such_field", "_sort")]
    [InlineData("_sort=addons", "_sort")]
    [InlineData("_facets=no_such_field", "_facets")]
    [InlineData("_facets=cpu_info", "_facets")]
    [InlineData("_facets_size=10001", "_facets_size")]
    [InlineData("_aggs.product=no_such_field", "_aggs.product")]
    [InlineData("_aggs.proto_signature=product", "_aggs.proto_signature")]
    [InlineData("_histogram.signature=product", "_histogram.signature")]
    [InlineData("_histogram_interval.date=fortnight&_histogram.date=product", "_histogram_interval.date")]
    [InlineData("_histogram_interval.build_id=-1&_histogram.build_id=product", "_histogram_interval.build_id")]
    [InlineData("_histogram_interval.date=1m&_histogram.date=product&date=>2026-01-01", "_histogram_interval.date")]
    [InlineData("_cardinality.no_such_field=", "_cardinality.no_such_field")]
    [InlineData("_results_number=1&_results_number=2", "_results_number")]
    [InlineData("_query=product:(Firefox", "_query")]
    public void A_bad_option_is_rejected_naming_the_parameter(string query, string parameter) =>
        Assert.Equal(parameter, Rejects(query).Parameter);

    [Fact]
    public async Task Unknown_filter_names_are_ignored_but_listed_in_errors()
    {
        await IndexAsync(Crash("a").With("product", "Firefox"), Crash("b").With("product", "Fenix"));
        var answer = await SuperSearchAsync("no_such_field=1&product=Firefox");
        Assert.Equal(["a"], answer.Uuids);
        Assert.Equal(["unknown parameter 'no_such_field' was ignored"], answer.Errors);
    }

    [Fact]
    public async Task Frames_limits_are_refused_on_fields_that_are_not_stack_frames()
    {
        await IndexAsync(Crash("a").With("product", "Firefox"));
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() =>
            Index.SearchAsync(Query(new FieldPredicate("product", PredicateOperator.Match, "Firefox", MaxFrame: 3)), Cancellation));
        Assert.Equal("product", error.Parameter);
    }
}
