using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.FrontDoors;

/// <summary>
/// The same questions asked through <c>/api/SuperSearch</c> and <c>/graphql</c> get identical hits, totals and
/// buckets, over <see cref="SampleCrashes"/>. Answers are compared as normalised text (terms, keys and counts).
/// </summary>
public sealed class SameAnswersTests(SampleApi api) : IClassFixture<SampleApi>
{
    async Task<JsonNode> SuperSearchAsync(string query)
    {
        var response = await api.Client.GetAsync("/api/SuperSearch?" + query, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!;
    }

    async Task<JsonElement> GraphQLAsync(string crashes)
    {
        var result = await api.PostAsync($"{{ crashes{crashes} }}");
        Assert.Empty(result.ErrorMessages);
        return result.Data.GetProperty("crashes");
    }

    static string HitsOf(JsonNode body) =>
        $"{body["total"]}: " + string.Join(" ", body["hits"]!.AsArray().Select(h => h!["uuid"]!.GetValue<string>()));

    static string HitsOf(JsonElement crashes) =>
        $"{crashes.GetProperty("totalCount")}: " + string.Join(" ", crashes.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("uuid").GetString()));

    /// <summary>SuperSearch buckets as <c>term=count{sub:...}</c>.</summary>
    static string Buckets(JsonNode? buckets) => string.Join(", ", buckets!.AsArray().Select(b =>
        $"{Term(JsonSerializer.SerializeToElement(b!["term"]))}={b["count"]}"
        + (b["facets"] is JsonObject facets ? "{" + string.Join("; ", facets.Select(f => $"{f.Key}:{Buckets(f.Value)}")) + "}" : "")));

    /// <summary>GraphQL buckets as <c>term=count{sub:...}</c>; sub-facets are selected under the alias of their SuperSearch name.</summary>
    static string Buckets(JsonElement buckets, string key = "term") => string.Join(", ", buckets.EnumerateArray().Select(b =>
    {
        var children = b.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).ToList();
        return $"{Term(b.GetProperty(key))}={b.GetProperty("count")}"
            + (children.Count > 0 ? "{" + string.Join("; ", children.Select(c => $"{c.Name}:{Buckets(c.Value)}")) + "}" : "");
    }));

    /// <summary>Numbers compared as numbers; GraphQL's boolean terms as the T and F SuperSearch writes for them.</summary>
    static string Term(JsonElement term) => term.ValueKind switch
    {
        JsonValueKind.Number => term.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.True => "T",
        JsonValueKind.False => "F",
        _ => term.ToString(),
    };

    [Fact]
    public async Task Filters_with_operators_sorted_give_the_same_hits_and_total()
    {
        var rest = await SuperSearchAsync("product=Firefox&platform=!Linux&cpu_count=%3E%3D8&signature=~OOM&_sort=-cpu_count&_columns=uuid&_facets_size=0");
        var graph = await GraphQLAsync("""
            (filters: [{field: PRODUCT, values: ["Firefox"]}, {field: PLATFORM, values: ["Linux"], negate: true},
                       {field: CPU_COUNT, op: GTE, values: ["8"]}, {field: SIGNATURE, op: CONTAINS, values: ["OOM"]}],
             sort: [{field: CPU_COUNT, descending: true}], first: 100) { totalCount edges { node { uuid } } }
            """);
        Assert.Equal("2: crash-06 crash-01", HitsOf(rest));
        Assert.Equal(HitsOf(rest), HitsOf(graph));
    }

    [Fact]
    public async Task Search_box_text_gives_the_same_hits_and_total()
    {
        const string text = "function:js::gc::* OR (platform:Android -product:Firefox) OR signature:=\"OOM | large\"";
        var rest = await SuperSearchAsync("_query=" + Uri.EscapeDataString(text) + "&_columns=uuid&_facets_size=0");
        var graph = await GraphQLAsync($"(search: {JsonSerializer.Serialize(text)}, first: 100) {{ totalCount edges {{ node {{ uuid }} }} }}");
        Assert.Equal("4: crash-01 crash-02 crash-05 crash-03", HitsOf(rest));
        Assert.Equal(HitsOf(rest), HitsOf(graph));
    }

    [Fact]
    public async Task Facets_with_nested_aggregations_give_the_same_buckets()
    {
        var rest = await SuperSearchAsync("_facets=product&_aggs.product.platform=startup_crash&_facets=signature&_facets_size=5&_results_number=0");
        var graph = await GraphQLAsync("""
            (first: 0) {
              product: facet(field: PRODUCT, size: 5) { term count platform: facet(field: PLATFORM, size: 5) { term count startup_crash: facet(field: STARTUP_CRASH, size: 5) { term count } } }
              signature: facet(field: SIGNATURE, size: 5) { term count }
            }
            """);
        var facets = rest["facets"]!;
        Assert.StartsWith("Firefox=5{platform:Windows NT=4{startup_crash:F=2, T=2}", Buckets(facets["product"]), StringComparison.Ordinal);
        Assert.Equal(Buckets(facets["product"]), Buckets(graph.GetProperty("product")));
        Assert.Equal(Buckets(facets["signature"]), Buckets(graph.GetProperty("signature")));
    }

    [Fact]
    public async Task Histograms_and_distinct_counts_give_the_same_buckets_and_values()
    {
        var rest = await SuperSearchAsync(
            "_histogram.date=product&_histogram_interval.date=day&_histogram.cpu_count&_histogram_interval.cpu_count=4&_cardinality.platform&_results_number=0");
        var graph = await GraphQLAsync("""
            (first: 0) {
              perDay: histogram(field: DATE, interval: "day") { key count product: facet(field: PRODUCT, size: 50) { term count } }
              cpus: histogram(field: CPU_COUNT, interval: "4") { key count }
              platforms: distinct(field: PLATFORM)
            }
            """);
        var facets = rest["facets"]!;
        Assert.StartsWith("2026-11-17T00:00:00Z=1{product:Firefox=1}", Buckets(facets["histogram_date"]), StringComparison.Ordinal);
        Assert.Equal(Buckets(facets["histogram_date"]), Buckets(graph.GetProperty("perDay"), "key"));
        Assert.Equal(Buckets(facets["histogram_cpu_count"]), Buckets(graph.GetProperty("cpus"), "key"));
        Assert.Equal(4, facets["cardinality_platform"]!["value"]!.GetValue<long>());
        Assert.Equal(4, graph.GetProperty("platforms").GetInt64());
    }

    [Fact]
    public async Task Paging_gives_the_same_second_page()
    {
        var rest = await SuperSearchAsync("_columns=uuid&_sort=signature&_results_number=3&_results_offset=3&_facets_size=0");
        var first = await GraphQLAsync("(sort: [{field: SIGNATURE}], first: 3) { pageInfo { endCursor } }");
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var graph = await GraphQLAsync($"(sort: [{{field: SIGNATURE}}], first: 3, after: \"{after}\") {{ totalCount edges {{ node {{ uuid }} }} }}");
        Assert.Equal(HitsOf(rest), HitsOf(graph));
        Assert.Equal(7, rest["total"]!.GetValue<long>());
        Assert.Equal(3, rest["hits"]!.AsArray().Count);
    }
}
