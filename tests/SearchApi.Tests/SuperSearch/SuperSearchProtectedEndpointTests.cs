using static CrashSearch.SearchApi.Tests.SuperSearch.SuperSearchCrashes;

namespace CrashSearch.SearchApi.Tests.SuperSearch;

public sealed class SuperSearchProtectedEndpointTests(SuperSearchApp app) : IClassFixture<SuperSearchApp>
{
    static string Ignored(string field, string where) => $"field '{field}' requires the read-protected permission and was ignored in {where}";

    [Fact]
    public async Task Every_parameter_form_naming_a_protected_field_is_ignored_and_reported_without_values()
    {
        var (status, body) = await app.GetAsync(
            "/api/SuperSearch?url=~secret&_columns=uuid,url&_facets=url&_sort=-url&_aggs.product=email&_histogram.date=url&_facets=_cardinality.email&_sort=date");
        Assert.Equal(200, status);
        JsonAssert.Equal($$"""
            {"hits": [{"uuid": "{{Uuid(1)}}"}, {"uuid": "{{Uuid(2)}}"}, {"uuid": "{{Uuid(3)}}"}, {"uuid": "{{Uuid(4)}}"}],
             "total": 4,
             "facets": {
               "product": [{"term": "Firefox", "count": 3}, {"term": "Fenix", "count": 1}],
               "histogram_date": [
                 {"term": "2026-11-18T00:00:00Z", "count": 1}, {"term": "2026-11-19T00:00:00Z", "count": 2}, {"term": "2026-11-20T00:00:00Z", "count": 1}]},
             "errors": [
               "{{Ignored("url", "the url filter")}}",
               "{{Ignored("url", "_columns")}}",
               "{{Ignored("url", "_facets")}}",
               "{{Ignored("email", "_facets")}}",
               "{{Ignored("url", "_sort")}}",
               "{{Ignored("email", "_aggs.product")}}",
               "{{Ignored("url", "_histogram.date")}}"]}
            """, body);
        var text = body.ToJsonString();
        Assert.DoesNotContain("secret.example", text, StringComparison.Ordinal);
        Assert.DoesNotContain("one@example.com", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_endpoint_redacts_even_for_a_caller_with_the_permission()
    {
        var (_, body) = await app.GetAsync("/api/SuperSearch?_columns=uuid,url&_sort=date&_results_number=1&_facets=", app.ReaderToken);
        JsonAssert.Equal($$"""{"hits": [{"uuid": "{{Uuid(1)}}"}], "total": 4, "facets": {}, "errors": ["{{Ignored("url", "_columns")}}"]}""", body);
    }

    [Fact]
    public async Task The_unredacted_endpoint_is_403_without_the_permission()
    {
        var (status, body) = await app.GetAsync("/api/SuperSearchUnredacted?_columns=uuid,url");
        Assert.Equal(403, status);
        var error = Assert.Single(body.AsObject());
        Assert.Equal("error", error.Key);
        Assert.Contains("read-protected", (string)error.Value!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unredacted_endpoint_searches_returns_and_facets_protected_fields_with_the_permission()
    {
        var (status, body) = await app.GetAsync("/api/SuperSearchUnredacted?url=~secret.example/private&_columns=uuid,url,email&_facets=url", app.ReaderToken);
        Assert.Equal(200, status);
        JsonAssert.Equal($$"""
            {"hits": [{"uuid": "{{Uuid(1)}}", "url": "{{SecretUrl}}", "email": "one@example.com"}],
             "total": 1,
             "facets": {"url": [{"term": "{{SecretUrl}}", "count": 1}]},
             "errors": []}
            """, body);
    }

    [Fact]
    public async Task A_bad_protected_value_is_rejected_without_repeating_it()
    {
        var (status, body) = await app.GetAsync("/api/SuperSearchUnredacted?url=@secret-pattern(", app.ReaderToken);
        Assert.Equal(400, status);
        Assert.DoesNotContain("secret-pattern", body.ToJsonString(), StringComparison.Ordinal);
    }
}
