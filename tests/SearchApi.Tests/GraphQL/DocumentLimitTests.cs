using System.Net;
using CrashSearch.SearchApi.GraphQL;
using CrashSearch.SearchApi.Tests.Support;
using GraphQLParser;

namespace CrashSearch.SearchApi.Tests.GraphQL;

/// <summary>
/// Documents that cost far more than their size (issue 16) are refused before any analysis that could explode, with a
/// validation error naming the limit, and the API keeps serving.
/// </summary>
public sealed class DocumentLimitTests(SampleApi api) : IClassFixture<SampleApi>
{
    [Fact]
    public async Task A_chain_of_1500_fragments_is_refused_and_the_API_keeps_serving()
    {
        var result = await api.PostAsync(HostileDocuments.FragmentChain(1_500));
        AssertRefused(result, "1500 fragments; at most 100");
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Thirty_fragments_each_spreading_the_next_twice_are_refused_and_the_API_keeps_serving()
    {
        var result = await api.PostAsync(HostileDocuments.FragmentFanOut(30));
        AssertRefused(result, "nested 30 deep; at most 10");
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Fragments_that_expand_past_the_node_limit_within_the_spread_depth_are_refused()
    {
        // 8 fragments, each spreading the next 4 times: 16,384 copies of the last one, 8 spreads deep.
        var result = await api.PostAsync(HostileDocuments.FragmentFanOut(8, width: 4));
        AssertRefused(result, "more than 2000 nodes");
    }

    [Fact]
    public async Task A_fragment_cycle_among_many_fragments_is_refused_by_validation()
    {
        // The cycle sits at the end of a fan-out within the limits: the limits must measure around it, not loop.
        var document = HostileDocuments.FragmentFanOut(6).Replace("fragment F5 on CrashConnection { totalCount }",
            "fragment F5 on CrashConnection { totalCount ...F0 }", StringComparison.Ordinal);
        var result = await api.PostAsync(document);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["NO_FRAGMENT_CYCLES"], result.ErrorCodes);
    }

    [Fact]
    public async Task A_fan_out_within_the_limits_answers()
    {
        // 8 spreads deep, 382 nodes for F0 with its spreads expanded.
        var result = await api.PostAsync(HostileDocuments.FragmentFanOut(8));
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Empty(result.ErrorMessages);
        Assert.Equal(7, result.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task Complexity_is_counted_through_fragments()
    {
        var result = await api.PostAsync("{ crashes { ...Outer } } fragment Outer on CrashConnection { "
            + "facet(field: SIGNATURE, size: 10000) { ...Inner } } fragment Inner on FacetBucket { "
            + "facet(field: PRODUCT, size: 10000) { term count } }");
        AssertRefused(result, "too complex");
    }

    [Fact]
    public async Task A_subscription_is_a_validation_error_that_names_it()
    {
        var result = await api.PostAsync("subscription { crashes { totalCount } }");
        AssertUnsupported(result, "subscription");
    }

    [Fact]
    public async Task Introspection_nested_past_the_parser_s_depth_limit_is_a_validation_error()
    {
        var result = await api.PostAsync(HostileDocuments.NestedIntrospection(200));
        AssertRefused(result, "nested too deeply to parse");
    }

    [Fact]
    public void The_document_limits_stop_when_the_request_is_cancelled()
    {
        var document = Parser.Parse(HostileDocuments.FragmentFanOut(8));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => DocumentLimits.Check(document, new GraphQLOptions(), cancelled.Token));
    }

    static void AssertRefused(GraphQLResult result, string explanation)
    {
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.False(result.Body.TryGetProperty("data", out _));
        Assert.Equal(["COMPLEXITY"], result.ErrorCodes);
        Assert.Contains(explanation, result.ErrorMessages[0], StringComparison.Ordinal);
    }

    static void AssertUnsupported(GraphQLResult result, string operationType)
    {
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["UNSUPPORTED_OPERATION"], result.ErrorCodes);
        Assert.Contains(
            $"does not support {operationType} operations", result.ErrorMessages[0], StringComparison.Ordinal);
    }

    async Task AssertStillServingAsync()
    {
        var after = await api.PostAsync("{ crashes { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(7, after.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
    }
}
