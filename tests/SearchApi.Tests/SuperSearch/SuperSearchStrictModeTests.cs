namespace CrashSearch.SearchApi.Tests.SuperSearch;

public sealed class SuperSearchStrictModeTests(SuperSearchApp app) : IClassFixture<SuperSearchApp>
{
    [Fact]
    public async Task Unknown_parameters_are_ignored_and_each_is_named_in_errors()
    {
        var (status, body) = await app.GetAsync("/api/SuperSearch?no_such_field=__true__&_no_such_option=1&_facets=");
        Assert.Equal(200, status);
        Assert.Equal(4, (int?)body["total"]);
        var errors = body["errors"]!.AsArray().Select(e => (string?)e).ToList();
        Assert.Contains("unknown parameter 'no_such_field' was ignored", errors);
        Assert.Contains("unknown parameter '_no_such_option' was ignored", errors);
    }

    [Fact]
    public async Task Strict_mode_refuses_unknown_parameters_with_a_message_naming_them()
    {
        var (status, body) = await app.GetAsync(
            "/api/SuperSearch?_strict=true&no_such_field=1&product=Firefox&other_field=2");
        Assert.Equal(400, status);
        var error = (string?)body["error"];
        Assert.StartsWith("Parameter '_strict': ", error, StringComparison.Ordinal);
        Assert.Contains("'no_such_field', 'other_field'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("product", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_mode_answers_a_request_whose_parameters_are_all_known()
    {
        var (status, body) = await app.GetAsync("/api/SuperSearch?_strict=yes&product=Firefox&_facets=");
        Assert.Equal(200, status);
        Assert.Equal(3, (int?)body["total"]);
        Assert.Empty(body["errors"]!.AsArray());
    }

    [Fact]
    public async Task A_strict_value_that_is_not_a_boolean_is_a_400()
    {
        var (status, body) = await app.GetAsync("/api/SuperSearch?_strict=maybe");
        Assert.Equal(400, status);
        Assert.StartsWith("Parameter '_strict': 'maybe' is not a boolean", (string?)body["error"],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Return_query_describes_the_query_and_its_weeks_without_searching()
    {
        var (status, body) = await app.GetAsync(
            "/api/SuperSearch?product=Firefox&_return_query=true&_facets=platform&_sort=-build_id&_results_number=5");
        Assert.Equal(200, status);
        // The example of docs/api.md.
        JsonAssert.Equal("""
            {"query": {"filter": "Match(product, \"Firefox\")",
                       "from": "2026-11-13T12:00:00+00:00", "to": "2026-11-20T12:00:00+00:00",
                       "sort": ["-build_id"], "size": 5, "offset": 0,
                       "columns": ["uuid", "date", "signature", "product", "version"],
                       "aggregations": {"platform": {"terms": "platform", "size": 50}}},
             "indices": ["2026-W46", "2026-W47"], "errors": []}
            """, body);
    }

    [Fact]
    public async Task Return_query_keeps_protected_values_from_a_caller_without_the_permission()
    {
        var (status, body) = await app.GetAsync("/api/SuperSearch?url=~secret-value&_return_query=1");
        Assert.Equal(200, status);
        Assert.DoesNotContain("secret-value", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("ALL", (string?)body["query"]!["filter"]);
    }
}
