using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>
/// Protected fields for a caller without the permission: stripped from every parameter form and from free text,
/// listed in errors, and their values never in hits or facet terms. With the permission, they work like any field.
/// </summary>
public abstract class ProtectedFieldBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    const string Secret = "https://secret.example/private";

    Task IndexPersonalAsync() => IndexAsync(
        Crash("a").With("product", "Firefox").With("url", Secret).With("email", "alice@example.com").With("user_comments", "clicked the zebra button"),
        Crash("b").With("product", "Firefox").With("url", "https://other.example/").With("signature", "zebra | crash"),
        Crash("c").With("product", "Fenix"));

    [Theory]
    [InlineData("url=" + Secret, "the url filter")]
    [InlineData("url=!" + Secret, "the url filter")]
    [InlineData("url=~secret", "the url filter")]
    [InlineData("url=@.*secret.*", "the url filter")]
    [InlineData("url=__null__", "the url filter")]
    [InlineData("url=!__null__", "the url filter")]
    [InlineData("email=alice@example.com", "the email filter")]
    [InlineData("user_comments=zebra", "the user_comments filter")]
    [InlineData("_columns=url", "_columns")]
    [InlineData("_sort=url", "_sort")]
    [InlineData("_sort=-email", "_sort")]
    [InlineData("_facets=url", "_facets")]
    [InlineData("_facets=email", "_facets")]
    [InlineData("_aggs.url=product", "_aggs.url")]
    [InlineData("_aggs.product=url", "_aggs.product")]
    [InlineData("_aggs.product.url=version", "_aggs.product.url")]
    [InlineData("_aggs.product=_cardinality.url", "_aggs.product")]
    [InlineData("_histogram.date=url", "_histogram.date")]
    [InlineData("_cardinality.url", "_cardinality.url")]
    [InlineData("_cardinality.email", "_cardinality.email")]
    [InlineData("_query=url:~secret", "filter")]
    [InlineData("_query=product:Firefox AND -email:__null__", "filter")]
    public async Task Every_parameter_form_leaks_nothing_to_a_caller_without_the_permission(string query, string form)
    {
        await IndexPersonalAsync();
        var answer = await SuperSearchAsync(query);
        var text = Everything(answer);
        Assert.DoesNotContain("secret.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("other.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", text, StringComparison.Ordinal);
        Assert.DoesNotContain("zebra button", text, StringComparison.Ordinal);
        Assert.Contains(answer.Errors, e => e.Contains("requires the read-protected permission", StringComparison.Ordinal) && e.EndsWith("was ignored in " + form, StringComparison.Ordinal));
        // Removing the reference leaves the rest of the request: a removed filter restricts nothing.
        Assert.Equal(query.StartsWith("_query=product:Firefox", StringComparison.Ordinal) ? ["a", "b"] : ["a", "b", "c"], answer.Uuids);
    }

    [Theory]
    [InlineData("url=" + Secret, "a")]
    [InlineData("url=~example", "a,b")]
    [InlineData("url=__null__", "c")]
    [InlineData("email=alice@example.com", "a")]
    [InlineData("user_comments=zebra", "a")]
    [InlineData("_query=url:~secret", "a")]
    public async Task A_caller_with_the_permission_searches_protected_fields(string query, string expected)
    {
        await IndexPersonalAsync();
        var answer = await SuperSearchAsync(query, canReadProtected: true);
        Assert.Equal(List(expected), answer.Uuids);
        Assert.Empty(answer.Errors);
    }

    [Fact]
    public async Task A_caller_with_the_permission_facets_and_returns_protected_fields()
    {
        await IndexPersonalAsync();
        var answer = await SuperSearchAsync("_facets=url&_columns=uuid,url&product=Firefox", canReadProtected: true);
        Assert.Equal(["https://other.example/=1", Secret + "=1"], answer.Buckets("url"));
        Assert.Equal([Secret], answer.Result.Hits[0].Fields["url"]);
    }

    [Theory]
    [InlineData("zebra", "b", "a,b")]
    [InlineData("zebra button", "", "a")]
    [InlineData("clicked", "", "a")]
    public async Task Free_text_searches_protected_text_only_for_callers_with_the_permission(string text, string anonymous, string permitted)
    {
        await IndexPersonalAsync();
        Assert.Equal(List(anonymous), (await SearchBoxAsync(text)).Uuids);
        Assert.Equal(List(permitted), (await SearchBoxAsync(text, canReadProtected: true)).Uuids);
    }

    [Fact]
    public async Task The_index_itself_refuses_protected_references_the_front_door_missed()
    {
        await IndexPersonalAsync();
        var filter = new FieldPredicate("url", PredicateOperator.Contains, "secret");
        await Assert.ThrowsAsync<InvalidQueryException>(() => Index.SearchAsync(Query(filter), Cancellation));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Index.SearchAsync(Query() with { Aggregations = [new TermsAggregation("url", "url", 10, [])] }, Cancellation));
        await Assert.ThrowsAsync<InvalidQueryException>(() => Index.SearchAsync(Query() with { Sort = [new SortField("email", false)] }, Cancellation));
        var hits = (await Index.SearchAsync(Query() with { Columns = ["uuid", "url"] }, Cancellation)).Hits;
        Assert.All(hits, h => Assert.Equal(["uuid"], h.Fields.Keys));
    }

    [Fact]
    public async Task A_malformed_regular_expression_on_a_protected_field_does_not_echo_it()
    {
        await IndexPersonalAsync();
        var error = Rejects("url=@(secret-value", canReadProtected: true);
        Assert.DoesNotContain("secret-value", error.Message, StringComparison.Ordinal);
    }

    static string Everything(SuperSearchAnswer answer)
    {
        var parts = new List<string>();
        foreach (var hit in answer.Result.Hits)
            parts.AddRange(hit.Fields.Values.SelectMany(v => v).Select(BucketText.Key));
        foreach (var aggregation in answer.Result.Aggregations)
            parts.AddRange(BucketText.Format(aggregation));
        parts.AddRange(answer.Errors);
        return string.Join('\n', parts);
    }
}
