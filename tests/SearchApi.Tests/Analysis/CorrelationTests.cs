using System.Text.Json;

namespace CrashSearch.SearchApi.Tests.Analysis;

/// <summary>Correlations over <see cref="AnalysisCrashes"/>, through GraphQL and <c>/api/Correlations</c>.</summary>
public sealed class CorrelationTests
{
    const string Fields = "field value groupCount groupPercent referenceCount referencePercent score";

    static async Task<JsonElement> CorrelationsAsync(AnalysisApi api, string arguments, string? token = null)
    {
        var result = await api.PostAsync($"{{ correlations({arguments}) {{ {Fields} }} }}", token: token);
        Assert.Empty(result.ErrorMessages);
        return result.Data.GetProperty("correlations");
    }

    static string Line(JsonElement c) =>
        $"{c.GetProperty("field").GetString()}={c.GetProperty("value").GetString()} "
        + $"{c.GetProperty("groupCount")}/{c.GetProperty("groupPercent").GetDouble():F2} "
        + $"{c.GetProperty("referenceCount")}/{c.GetProperty("referencePercent").GetDouble():F2} "
        + $"{c.GetProperty("score").GetDouble():F3}";

    [Fact]
    public async Task A_module_in_every_crash_of_a_signature_is_found_first()
    {
        await using var api = await AnalysisApi.StartAsync();

        var correlations = await CorrelationsAsync(api, $"search: \"signature:{AnalysisCrashes.Planted}\"");

        var first = correlations[0];
        Assert.Equal("module", first.GetProperty("field").GetString());
        Assert.Equal(AnalysisCrashes.Module, first.GetProperty("value").GetString());
        Assert.Equal(100, first.GetProperty("groupPercent").GetDouble());
        // The default reference is the group's product (Firefox) only: 16 of its 40 crashes have the module.
        Assert.Equal(40, first.GetProperty("referencePercent").GetDouble());
        Assert.Equal(16, first.GetProperty("referenceCount").GetInt64());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task An_explicit_reference_and_fields_are_used()
    {
        await using var api = await AnalysisApi.StartAsync();

        var correlations = await CorrelationsAsync(api,
            $"search: \"signature:{AnalysisCrashes.Planted}\", reference: \"cpu_arch:amd64\", fields: [MODULE]");

        Assert.All(correlations.EnumerateArray(), c => Assert.Equal("module", c.GetProperty("field").GetString()));
        var module = correlations.EnumerateArray()
            .Single(c => c.GetProperty("value").GetString() == AnalysisCrashes.Module);
        // amd64: the 10 planted, 24 OOM and 10 Thunderbird crashes; 20 of those 44 have the module.
        Assert.Equal(20, module.GetProperty("referenceCount").GetInt64());
    }

    [Fact]
    public async Task GraphQL_and_REST_give_the_same_correlations()
    {
        await using var api = await AnalysisApi.StartAsync();

        var graphQL = await CorrelationsAsync(api, $"search: \"signature:{AnalysisCrashes.Planted}\", first: 5");
        var rest = await api.GetJsonAsync(
            $"/api/Correlations?search=signature:{AnalysisCrashes.Planted}&first=5");

        Assert.Equal(
            string.Join("\n", graphQL.EnumerateArray().Select(Line)),
            string.Join("\n", rest.GetProperty("correlations").EnumerateArray().Select(Line)));
        Assert.Equal(10, rest.GetProperty("groupTotal").GetInt64());
        Assert.Equal(40, rest.GetProperty("referenceTotal").GetInt64());
    }

    [Fact]
    public async Task A_protected_field_is_withheld_without_the_right_and_compared_with_it()
    {
        // Each url is on one crash: below the default floor of 5.
        await using var api = await AnalysisApi.StartAsync(
            new Dictionary<string, string?> { ["Analysis:CorrelationMinCount"] = "1" });
        const string Query =
            "{ correlations(search: \"signature:PlantedSignature\", fields: [URL, MODULE]) { field } }";

        var withoutRight = await api.PostAsync(Query, token: api.Reader);
        var withRight = await api.PostAsync(Query, token: api.Protected);
        var rest = await api.GetAsync($"/api/Correlations?search=signature:{AnalysisCrashes.Planted}&fields=url",
            api.Reader);

        Assert.Contains("PROTECTED_FIELD", withoutRight.ErrorCodes);
        Assert.DoesNotContain(withoutRight.Data.GetProperty("correlations").EnumerateArray(),
            c => c.GetProperty("field").GetString() == "url");
        Assert.DoesNotContain("private.example", withoutRight.Body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("private.example", rest.Body, StringComparison.Ordinal);
        Assert.Contains(withRight.Data.GetProperty("correlations").EnumerateArray(),
            c => c.GetProperty("field").GetString() == "url");
    }

    [Fact]
    public async Task An_unknown_field_or_a_bad_first_is_a_clear_error()
    {
        await using var api = await AnalysisApi.StartAsync();

        var rest = await api.GetAsync("/api/Correlations?search=signature:X&fields=nope");
        var graphQL = await api.PostAsync("{ correlations(search: \"signature:X\", first: 0) { field } }");

        Assert.Equal(400, rest.Status);
        Assert.Contains("unknown field 'nope'", rest.Body, StringComparison.Ordinal);
        Assert.Contains(graphQL.ErrorMessages, m => m.Contains("'first'", StringComparison.Ordinal));
    }
}
