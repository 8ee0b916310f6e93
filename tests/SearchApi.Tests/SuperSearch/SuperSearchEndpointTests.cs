using static CrashSearch.SearchApi.Tests.SuperSearch.SuperSearchCrashes;

namespace CrashSearch.SearchApi.Tests.SuperSearch;

public sealed class SuperSearchEndpointTests(SuperSearchApp app) : IClassFixture<SuperSearchApp>
{
    [Fact]
    public async Task A_search_answers_in_socorros_shape_with_typed_columns_and_facets()
    {
        var (status, body) = await app.GetAsync("/api/SuperSearch?product=Firefox&_columns=uuid,date,signature,cpu_count,addons,function&_sort=date&_facets=platform&_facets=startup_crash");
        Assert.Equal(200, status);
        JsonAssert.Equal($$"""
            {"hits": [
              {"uuid": "{{Uuid(1)}}", "date": "2026-11-18T10:00:00+00:00", "signature": "OOM | small", "cpu_count": 8,
               "addons": ["a@example.com:1.0", "b@example.com:2.0"], "function": ["mozilla::dom::Element::GetAttr(int)", "js::gc::Sweep"]},
              {"uuid": "{{Uuid(2)}}", "date": "2026-11-19T08:30:00+00:00", "signature": "OOM | small", "cpu_count": 4, "addons": null, "function": null},
              {"uuid": "{{Uuid(4)}}", "date": "2026-11-20T09:15:00+00:00", "signature": "js::gc::Sweep<T>", "cpu_count": 16, "addons": null, "function": null}],
             "total": 3,
             "facets": {
               "platform": [{"term": "Windows NT", "count": 2}, {"term": "Linux", "count": 1}],
               "startup_crash": [{"term": "T", "count": 2}, {"term": "F", "count": 1}]},
             "errors": []}
            """, body);
    }

    [Fact]
    public async Task Default_columns_and_the_default_signature_facet_cover_the_last_7_days()
    {
        var (_, body) = await app.GetAsync("/api/SuperSearch?_sort=-date&_results_number=1");
        JsonAssert.Equal($$"""
            {"hits": [{"uuid": "{{Uuid(4)}}", "date": "2026-11-20T09:15:00+00:00", "signature": "js::gc::Sweep<T>", "product": "Firefox", "version": "145.0"}],
             "total": 4,
             "facets": {"signature": [
               {"term": "OOM | small", "count": 2},
               {"term": "js::gc::Sweep<T>", "count": 1},
               {"term": "shutdownhang | js::gc::Sweep", "count": 1}]},
             "errors": []}
            """, body);
    }

    [Fact]
    public async Task A_date_histogram_has_utc_day_keys_and_sub_facets_under_each_bucket()
    {
        var (_, body) = await app.GetAsync("/api/SuperSearch?_facets=&_histogram.date=product&_results_number=0");
        JsonAssert.Equal("""
            {"hits": [], "total": 4,
             "facets": {"histogram_date": [
               {"term": "2026-11-18T00:00:00Z", "count": 1, "facets": {"product": [{"term": "Firefox", "count": 1}]}},
               {"term": "2026-11-19T00:00:00Z", "count": 2, "facets": {"product": [{"term": "Fenix", "count": 1}, {"term": "Firefox", "count": 1}]}},
               {"term": "2026-11-20T00:00:00Z", "count": 1, "facets": {"product": [{"term": "Firefox", "count": 1}]}}]},
             "errors": []}
            """, body);
    }

    [Fact]
    public async Task A_number_histogram_has_number_keys()
    {
        var (_, body) = await app.GetAsync("/api/SuperSearch?_facets=&_histogram.cpu_count=&_histogram_interval.cpu_count=8&_results_number=0");
        JsonAssert.Equal("""
            {"hits": [], "total": 4,
             "facets": {"histogram_cpu_count": [{"term": 0, "count": 1}, {"term": 8, "count": 2}, {"term": 16, "count": 1}]},
             "errors": []}
            """, body);
    }

    [Fact]
    public async Task Nested_aggregations_and_distinct_counts_keep_request_order()
    {
        var (_, body) = await app.GetAsync("/api/SuperSearch?_facets=product&_aggs.product=version&_facets=_cardinality.platform&_results_number=0");
        JsonAssert.Equal("""
            {"hits": [], "total": 4,
             "facets": {
               "product": [
                 {"term": "Firefox", "count": 3, "facets": {"version": [{"term": "145.0", "count": 2}, {"term": "146.0b2", "count": 1}]}},
                 {"term": "Fenix", "count": 1, "facets": {"version": [{"term": "145.0", "count": 1}]}}],
               "cardinality_platform": {"value": 3}},
             "errors": []}
            """, body);
    }

    [Fact]
    public async Task The_date_parameter_moves_the_window()
    {
        var (_, body) = await app.GetAsync("/api/SuperSearch?date=>=2026-09-25&date=<2026-10-05&_columns=uuid&_facets=");
        JsonAssert.Equal($$"""{"hits": [{"uuid": "{{Uuid(5)}}"}], "total": 1, "facets": {}, "errors": []}""", body);
    }

    [Fact]
    public async Task Paging_skips_and_limits_hits_but_not_the_total()
    {
        var (_, body) = await app.GetAsync("/api/SuperSearch?_sort=date&_columns=uuid&_results_offset=1&_results_number=2&_facets=");
        JsonAssert.Equal($$"""{"hits": [{"uuid": "{{Uuid(2)}}"}, {"uuid": "{{Uuid(3)}}"}], "total": 4, "facets": {}, "errors": []}""", body);
    }

    [Theory]
    [InlineData("signature=%3DOOM%20%7C%20small")]
    [InlineData("signature==OOM+|+small")]
    public async Task Values_are_url_decoded(string query)
    {
        var (_, body) = await app.GetAsync($"/api/SuperSearch?{query}&_results_number=0&_facets=");
        Assert.Equal(2, (int)body["total"]!);
    }

    [Fact]
    public async Task Unknown_parameters_are_listed_in_errors()
    {
        var (status, body) = await app.GetAsync("/api/SuperSearch?produkt=Firefox&_results_number=0&_facets=");
        Assert.Equal(200, status);
        JsonAssert.Equal("""{"hits": [], "total": 4, "facets": {}, "errors": ["unknown parameter 'produkt' was ignored"]}""", body);
    }

    [Fact]
    public async Task A_regular_expression_too_expensive_for_the_engine_is_a_400()
    {
        var pattern = "(a|b)*a" + string.Concat(Enumerable.Repeat("(a|b)", 20));
        var (status, body) = await app.GetAsync("/api/SuperSearch?signature=@" + Uri.EscapeDataString(pattern));
        Assert.Equal(400, status);
        Assert.Contains("signature", (string)body["error"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build_id=~20", "build_id")]
    [InlineData("_results_number=5000", "_results_number")]
    [InlineData("date=2026-11-01", "date")]
    [InlineData("_columns=nonsense", "_columns")]
    [InlineData("signature=@a(b", "signature")]
    [InlineData("_facets=uuid", "_facets")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string parameter)
    {
        var (status, body) = await app.GetAsync("/api/SuperSearch?" + query);
        Assert.Equal(400, status);
        var error = Assert.Single(body.AsObject());
        Assert.Equal("error", error.Key);
        Assert.StartsWith($"Parameter '{parameter}': ", (string)error.Value!, StringComparison.Ordinal);
    }
}
