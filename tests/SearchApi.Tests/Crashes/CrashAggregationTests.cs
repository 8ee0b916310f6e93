using System.Text.Json;
using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Crashes;

/// <summary>Facets, histograms and distinct counts, nested through the selection set and answered by one search.</summary>
public sealed class CrashAggregationTests(SampleApi api) : IClassFixture<SampleApi>
{
    static IEnumerable<(string Term, long Count)> Buckets(JsonElement buckets, string key = "term") =>
        buckets.EnumerateArray().Select(b => (b.GetProperty(key).ToString(), b.GetProperty("count").GetInt64()));

    [Fact]
    public async Task A_facet_counts_the_top_terms_over_every_match()
    {
        var result = await api.PostAsync("{ crashes(first: 1) { facet(field: SIGNATURE, size: 2) { term count } } }");
        Assert.Equal([("OOM | small", 3L), ("OOM | large", 1L)], Buckets(result.Data.GetProperty("crashes").GetProperty("facet")));
    }

    [Fact]
    public async Task Facet_terms_keep_their_json_types()
    {
        var result = await api.PostAsync("{ crashes { startup: facet(field: STARTUP_CRASH) { term count } cpus: facet(field: CPU_COUNT, size: 1) { term count } } }");
        var crashes = result.Data.GetProperty("crashes");
        var startup = crashes.GetProperty("startup");
        Assert.Equal(JsonValueKind.False, startup[0].GetProperty("term").ValueKind);
        Assert.Equal(5, startup[0].GetProperty("count").GetInt64());
        Assert.Equal(JsonValueKind.True, startup[1].GetProperty("term").ValueKind);
        Assert.Equal(8, crashes.GetProperty("cpus")[0].GetProperty("term").GetInt64());
    }

    [Fact]
    public async Task Nested_facets_histograms_and_distinct_counts_come_from_one_search()
    {
        const string query = """
            query Dashboard {
              crashes(first: 2) {
                totalCount
                edges { node { uuid signature } }
                facet(field: SIGNATURE, size: 2) {
                  term
                  count
                  byPlatform: facet(field: PLATFORM, size: 5) { term count }
                  ...PerDay
                  cpus: distinct(field: CPU_COUNT)
                }
                products: facet(field: PRODUCT) { term count versions: facet(field: VERSION) { term count } }
                distinct(field: PLATFORM)
              }
            }
            fragment PerDay on FacetBucket { perDay: histogram(field: DATE, interval: "day") { key count } }
            """;
        var before = api.Index.Searches;
        var result = await api.PostAsync(query);
        Assert.Equal(1, api.Index.Searches - before);
        Assert.Empty(result.ErrorMessages);

        var crashes = result.Data.GetProperty("crashes");
        Assert.Equal(4, crashes.GetProperty("distinct").GetInt64());
        var oomSmall = crashes.GetProperty("facet")[0];
        Assert.Equal("OOM | small", oomSmall.GetProperty("term").GetString());
        Assert.Equal([("Windows NT", 2L), ("Linux", 1L)], Buckets(oomSmall.GetProperty("byPlatform")));
        Assert.Equal([("2026-11-19T00:00:00Z", 1L), ("2026-11-20T00:00:00Z", 2L)], Buckets(oomSmall.GetProperty("perDay"), "key"));
        Assert.Equal(3, oomSmall.GetProperty("cpus").GetInt64());
        var firefox = crashes.GetProperty("products")[0];
        Assert.Equal(("Firefox", 5L), (firefox.GetProperty("term").GetString()!, firefox.GetProperty("count").GetInt64()));
        Assert.Equal([("145.0", 4L), ("146.0a1", 1L)], Buckets(firefox.GetProperty("versions")));

        var aggregations = api.Index.LastQuery!.Aggregations;
        Assert.Equal(["facet", "products", "distinct"], aggregations.Select(a => a.Name));
        var facet = Assert.IsType<TermsAggregation>(aggregations[0]);
        Assert.Equal(["byPlatform", "perDay", "cpus"], facet.Children.Select(a => a.Name));
    }

    [Fact]
    public async Task Each_alias_gets_its_own_aggregation()
    {
        var result = await api.PostAsync("{ crashes { top: facet(field: SIGNATURE, size: 1) { term } all: facet(field: SIGNATURE, size: 10) { term } } }");
        var crashes = result.Data.GetProperty("crashes");
        Assert.Equal(1, crashes.GetProperty("top").GetArrayLength());
        Assert.Equal(5, crashes.GetProperty("all").GetArrayLength());
    }

    [Fact]
    public async Task A_number_histogram_buckets_by_width()
    {
        var result = await api.PostAsync("{ crashes { histogram(field: CPU_COUNT, interval: \"5\") { key count } } }");
        Assert.Equal([("0", 2L), ("5", 3L), ("15", 1L)], Buckets(result.Data.GetProperty("crashes").GetProperty("histogram"), "key"));
    }

    [Fact]
    public async Task Skipped_aggregations_are_not_computed()
    {
        await api.PostAsync("query($skip: Boolean!) { crashes { facet(field: SIGNATURE) @skip(if: $skip) { term } totalCount } }", new { skip = true });
        Assert.Empty(api.Index.LastQuery!.Aggregations);
    }
}
