using System.Net;
using CrashSearch.SearchApi.Tests.Support;
using static CrashSearch.SearchApi.Tests.FrontDoors.MarkedCrashesApi;

namespace CrashSearch.SearchApi.Tests.FrontDoors;

/// <summary>
/// Every parameter form that can name a protected field, tried as an anonymous caller in both doors: the marker the
/// protected fields hold never appears in a response body (hits, facets, errors), whatever the form.
/// </summary>
public sealed class ProtectedLeakTests(MarkedCrashesApi api) : IClassFixture<MarkedCrashesApi>
{
    const string M = Marker;

    static readonly string[] ProtectedFields = ["url", "email", "user_comments"];

    static readonly string[] FilterValues =
        [M, "=" + M, "~" + M, "^https://example.com/" + M, "$" + M, "@.*" + M + ".*", "!" + M, "!~" + M,
            "!@.*" + M, ">" + M, "<=" + M, "__null__", "!__null__", "__true__", "!__true__"];

    static readonly string[] SearchTexts =
        [M, $"url:{M}", $"email:~{M}", $"user_comments:{M}", $"url:@.*{M}.*", $"-url:~{M}",
            $"(url:^https OR product:Firefox)", $"email:>{M}", $"user_comments:\"broke {M}\"", "url:__null__",
            $"user_comments:@({M}", $"url:{M}*"];

    public static TheoryData<string> SuperSearchForms()
    {
        var forms = new TheoryData<string>();
        foreach (var field in ProtectedFields)
        {
            foreach (var value in FilterValues)
                forms.Add($"{field}={Uri.EscapeDataString(value)}");
            forms.Add($"_columns={field}");
            forms.Add($"_columns=uuid,{field}&_sort=-{field}");
            forms.Add($"_sort={field}");
            forms.Add($"_facets={field}");
            forms.Add($"_aggs.{field}=product");
            forms.Add($"_aggs.product={field}");
            forms.Add($"_aggs.product.{field}=platform");
            forms.Add($"_aggs.product.platform={field}");
            forms.Add($"_histogram.{field}=product");
            forms.Add($"_histogram.date={field}");
            forms.Add($"_histogram_interval.{field}={M}");
            forms.Add($"_cardinality.{field}");
            forms.Add($"_facets=_cardinality.{field}");
            forms.Add($"_facets=_histogram.{field}");
        }
        foreach (var text in SearchTexts)
            forms.Add("_query=" + Uri.EscapeDataString(text));
        return forms;
    }

    public static TheoryData<string> GraphQLForms()
    {
        var forms = new TheoryData<string>();
        string[] operators = ["MATCH", "EXACT", "CONTAINS", "STARTS_WITH", "ENDS_WITH", "REGEX", "GT", "LTE"];
        foreach (var field in new[] { "URL", "EMAIL", "USER_COMMENTS" })
        {
            foreach (var op in operators)
            {
                var value = op == "REGEX" ? $".*{M}.*" : M;
                forms.Add($"crashes(filters: [{{field: {field}, op: {op}, values: [\"{value}\"]}}]) {{ totalCount errors edges {{ node {{ uuid }} }} }}");
                forms.Add($"crashes(filters: [{{field: {field}, op: {op}, values: [\"{value}\"], negate: true}}]) {{ totalCount errors }}");
            }
            forms.Add($"crashes(filters: [{{field: {field}, op: EXISTS}}]) {{ totalCount errors }}");
            forms.Add($"crashes(filters: [{{field: {field}, op: IS_TRUE}}]) {{ totalCount errors }}");
            forms.Add($"crashes {{ facet(field: {field}) {{ term count }} }}");
            forms.Add($"crashes {{ distinct(field: {field}) }}");
            forms.Add($"crashes {{ histogram(field: {field}, interval: \"{M}\") {{ key count }} }}");
            forms.Add($"crashes {{ facet(field: PRODUCT) {{ term facet(field: {field}) {{ term count }} distinct(field: {field}) }} }}");
            forms.Add($"crashes {{ histogram(field: DATE, interval: \"hour\") {{ key facet(field: {field}) {{ term }} }} }}");
            forms.Add($"crashes(sort: [{{field: {field}, descending: true}}]) {{ errors edges {{ node {{ uuid }} }} }}");
        }
        forms.Add("crashes { errors edges { node { uuid url email userComments } } }");
        forms.Add("crashes { edges { node { uuid frames { function } } } }");
        foreach (var text in SearchTexts)
            forms.Add($"crashes(search: {System.Text.Json.JsonSerializer.Serialize(text)}) {{ totalCount errors edges {{ node {{ uuid signature }} }} facet(field: PRODUCT) {{ term count }} }}");
        forms.Add("crash(uuid: \"leak-1\") { uuid url email userComments signature }");
        // The reports over the same crashes: user comments only with the right, protected fields never correlated.
        forms.Add("signature(name: \"OOM | small\") { signature count userComments { uuid comment } "
            + "newestCrashes { uuid product } }");
        forms.Add("correlations(search: \"product:Firefox\", fields: [URL, EMAIL, USER_COMMENTS]) "
            + "{ field value groupPercent referencePercent }");
        forms.Add($"correlations(search: \"url:{M}\", reference: \"user_comments:{M}\") {{ field value }}");
        forms.Add("topCrashers(product: \"Firefox\") { signature count installs platforms { platform count } }");
        forms.Add("explosiveSignatures(product: \"Firefox\") { signature count }");
        forms.Add("criticalCrashes(product: \"Firefox\") { signature count kinds { kind count } }");
        return forms;
    }

    static void AssertNoMarker(string body, HttpStatusCode status)
    {
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{status}: {body}");
        Assert.DoesNotContain(M, body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(SuperSearchForms))]
    public async Task SuperSearch_never_returns_a_protected_value_to_an_anonymous_caller(string query)
    {
        using var response = await api.Client.GetAsync("/api/SuperSearch?" + query + "&_columns=uuid&_columns=signature", TestContext.Current.CancellationToken);
        AssertNoMarker(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(GraphQLForms))]
    public async Task GraphQL_never_returns_a_protected_value_to_an_anonymous_caller(string selection)
    {
        var result = await GraphQLRequests.PostAsync(api.Client, $"{{ {selection} }}");
        AssertNoMarker(result.Body.GetRawText(), result.Status);
    }

    [Theory]
    [MemberData(nameof(SuperSearchForms))]
    public async Task SuperSearch_never_returns_a_protected_value_to_a_read_key(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get,
            "/api/SuperSearch?" + query + "&_columns=uuid&_columns=signature");
        request.Headers.Add(CrashSearch.SearchApi.Access.CallerPermissionsResolver.TokenHeader, api.Keys.Read);
        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);
        AssertNoMarker(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(GraphQLForms))]
    public async Task GraphQL_never_returns_a_protected_value_to_a_read_key(string selection)
    {
        var result = await GraphQLRequests.PostAsync(api.Client, $"{{ {selection} }}", token: api.Keys.Read);
        AssertNoMarker(result.Body.GetRawText(), result.Status);
    }

    [Fact]
    public async Task The_unredacted_endpoint_refuses_a_read_key_without_echoing_the_query()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/SuperSearchUnredacted?url={M}&_columns=url");
        request.Headers.Add(CrashSearch.SearchApi.Access.CallerPermissionsResolver.TokenHeader, api.Keys.Read);
        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNoMarker(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            HttpStatusCode.OK);
    }

    [Fact]
    public async Task Free_text_matching_a_protected_value_finds_nothing_for_an_anonymous_caller()
    {
        using var response = await api.Client.GetAsync($"/api/SuperSearch?_query={M}",
            TestContext.Current.CancellationToken);
        Assert.Contains("\"total\":0",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var result = await GraphQLRequests.PostAsync(api.Client, $"{{ crashes(search: \"{M}\") {{ totalCount }} }}");
        Assert.Equal(0, result.Data.GetProperty("crashes").GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task The_unredacted_endpoint_refuses_an_anonymous_caller_without_echoing_the_query()
    {
        using var response = await api.Client.GetAsync($"/api/SuperSearchUnredacted?url={M}&_columns=url",
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertNoMarker(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_caller_with_the_permission_sees_the_marked_comments_in_the_signature_report()
    {
        const string Report = "{ signature(name: \"OOM | small\") { userComments { comment } } }";

        var permitted = await GraphQLRequests.PostAsync(api.Client, Report, token: api.ReaderToken);
        var anonymous = await GraphQLRequests.PostAsync(api.Client, Report);

        Assert.Contains(M, permitted.Body.GetRawText(), StringComparison.Ordinal);
        AssertNoMarker(anonymous.Body.GetRawText(), anonymous.Status);
    }

    [Fact]
    public async Task A_caller_with_the_permission_does_see_the_marker_so_the_forms_above_are_meaningful()
    {
        var result = await GraphQLRequests.PostAsync(api.Client, "{ crash(uuid: \"leak-1\") { url } }",
            token: api.ReaderToken);
        Assert.Contains(M, result.Data.GetProperty("crash").GetProperty("url").GetString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"/api/SuperSearchUnredacted?_query={M}&_columns=uuid");
        request.Headers.Add(CrashSearch.SearchApi.Access.CallerPermissionsResolver.TokenHeader, api.ReaderToken);
        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Contains("\"total\":2",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
