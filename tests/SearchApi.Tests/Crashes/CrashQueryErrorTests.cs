using System.Net;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Crashes;

/// <summary>Expected failures carry stable codes and messages that name the argument.</summary>
public sealed class CrashQueryErrorTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Theory]
    [InlineData("filters: [{field: CPU_COUNT, values: [\"many\"]}]", "filters[0].values[0]")]
    [InlineData("filters: [{field: BUILD_ID, op: CONTAINS, values: [\"20\"]}]", "filters[0].op")]
    [InlineData("filters: [{field: SIGNATURE, op: GT, values: [\"5\"]}]", "filters[0].op")]
    [InlineData("filters: [{field: DATE, values: [\"2026-11-20\"]}]", "filters[0].op")]
    [InlineData("filters: [{field: PRODUCT, op: IS_TRUE}]", "filters[0].op")]
    [InlineData("filters: [{field: CPU_COUNT, op: GT, values: [\"1\", \"2\"]}]", "filters[0].values")]
    [InlineData("filters: [{field: CPU_COUNT, op: EXISTS, values: [\"1\"]}]", "filters[0].values")]
    [InlineData("filters: [{field: PRODUCT}]", "filters[0].values")]
    [InlineData("filters: [{field: SIGNATURE, values: [\"OOM\"], withinTopFrames: 3}]", "filters[0].withinTopFrames")]
    [InlineData("filters: [{field: FUNCTION, values: [\"x\"], withinTopFrames: 0}]", "filters[0].withinTopFrames")]
    [InlineData("sort: [{field: FUNCTION}]", "sort[0].field")]
    [InlineData("from: \"2024-01-01\", to: \"2026-01-01\"", "from")]
    [InlineData("from: \"2026-11-20\", to: \"2026-11-19\"", "from")]
    public async Task A_bad_argument_is_a_BAD_QUERY_error_naming_it(string arguments, string argument)
    {
        var result = await api.PostAsync($"{{ crashes({arguments}) {{ totalCount }} }}");
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(["BAD_QUERY"], result.ErrorCodes);
        Assert.Contains($"'{argument}'", result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "facet(field: UUID) { term }", "facet.field")]
    [InlineData("", "histogram(field: SIGNATURE, interval: \"day\") { key }", "histogram.field")]
    [InlineData("", "histogram(field: DATE, interval: \"fortnight\") { key }", "histogram.interval")]
    [InlineData("", "histogram(field: DATE, interval: \"0h\") { key }", "histogram.interval")]
    [InlineData("(from: \"2026-01-01\")", "histogram(field: DATE, interval: \"1m\") { key }", "histogram.interval")]
    [InlineData("", "histogram(field: CPU_COUNT, interval: \"-2\") { key }", "histogram.interval")]
    [InlineData("", "facet(field: PRODUCT) { inner: distinct(field: PROTO_SIGNATURE) }", "facet.inner.field")]
    public async Task A_bad_aggregation_is_a_BAD_QUERY_error_naming_its_path(string arguments, string selection, string argument)
    {
        var result = await api.PostAsync($"{{ crashes{arguments} {{ {selection} }} }}");
        Assert.Equal(["BAD_QUERY"], result.ErrorCodes);
        Assert.Contains($"'{argument}'", result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_regular_expression_is_a_BAD_QUERY_error()
    {
        var result = await api.PostAsync("{ crashes(filters: [{field: SIGNATURE, op: REGEX, values: [\"OOM[\"]}]) { totalCount } }");
        Assert.Equal(["BAD_QUERY"], result.ErrorCodes);
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("eyJ4IjoxfQ")]
    public async Task A_bad_cursor_is_a_BAD_CURSOR_error(string cursor)
    {
        var result = await api.PostAsync("query($after: String) { crashes(after: $after) { totalCount } }", new { after = cursor });
        Assert.Equal(["BAD_CURSOR"], result.ErrorCodes);
    }

    [Fact]
    public async Task A_cursor_of_another_sort_is_a_BAD_CURSOR_error()
    {
        var first = await api.PostAsync("{ crashes(first: 1) { pageInfo { endCursor } } }");
        var cursor = first.Data.GetProperty("crashes").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var result = await api.PostAsync("query($after: String) { crashes(after: $after, sort: [{field: SIGNATURE}]) { totalCount } }", new { after = cursor });
        Assert.Equal(["BAD_CURSOR"], result.ErrorCodes);
    }

    [Theory]
    [InlineData("crashes(first: -1000000) { totalCount }")]
    [InlineData("crashes(first: 1001) { totalCount }")]
    [InlineData("crashes { facet(field: SIGNATURE, size: 0) { term } }")]
    [InlineData("crashes { edges { node { frames(first: -1) { index } } } }")]
    public async Task Out_of_range_sizes_are_rejected_before_execution(string selection)
    {
        var result = await api.PostAsync($"{{ {selection} }}");
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.False(result.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_document_that_is_too_deep_is_rejected()
    {
        var nested = "term";
        for (var i = 0; i < 12; i++)
            nested = $"term facet(field: PRODUCT, size: 1) {{ {nested} }}";
        var result = await api.PostAsync($"{{ crashes {{ facet(field: SIGNATURE, size: 1) {{ {nested} }} }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("too deep", result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_is_too_complex_is_rejected()
    {
        var result = await api.PostAsync("{ crashes { facet(field: SIGNATURE, size: 10000) { facet(field: PRODUCT, size: 10000) { term count } } } }");
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains("too complex", result.ErrorMessages[0], StringComparison.Ordinal);
    }
}
