using System.Globalization;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Fields;
using CrashSearch.SearchApi.SuperSearch;
using static CrashSearch.SearchApi.Tests.SuperSearch.PlantedCrashes;

namespace CrashSearch.SearchApi.Tests.SuperSearch;

/// <summary>
/// Every catalogue field, Socorro's 156 among them, through /api/SuperSearch and /api/SuperSearchFields, on a crash
/// that has them all (<see cref="PlantedCrashes"/>): the cases are generated from the catalogue, not written per field.
/// </summary>
public sealed class SocorroFieldEndpointTests(PlantedCrashApp app) : IClassFixture<PlantedCrashApp>
{
    static readonly FieldCatalogue Catalogue = FieldCatalogue.Default;

    [Fact]
    public async Task Every_field_is_searchable_with_the_operators_of_its_query_type()
    {
        var wrong = new List<string>();
        foreach (var field in Catalogue.Fields)
        {
            foreach (var prefix in QueryTypeOperators.Of(field.QueryType))
            {
                foreach (var (value, expected) in Cases(field, prefix))
                {
                    var found = await UuidsAsync($"{field.Name}={Uri.EscapeDataString(value)}");
                    if (!found.SequenceEqual(expected))
                        wrong.Add($"{field.Name}={value} found [{string.Join(", ", found)}]");
                }
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task Every_field_is_returned_with_the_value_at_its_source_key()
    {
        var columns = string.Concat(Catalogue.Fields.Where(f => f.Returnable).Select(f => "&_columns=" + f.Name));
        var (status, body) = await app.GetAsync($"/api/SuperSearchUnredacted?uuid={Planted}{columns}", app.ReaderToken);
        Assert.Equal(200, status);
        var hit = Assert.Single(body["hits"]!.AsArray())!.AsObject();
        var wrong = new List<string>();
        foreach (var field in Catalogue.Fields.Where(f => f.Returnable && f.Name != "date"))
        {
            var expected = Expected(field);
            if (!JsonNode.DeepEquals(hit[field.Name], expected))
            {
                var actual = hit[field.Name]?.ToJsonString() ?? "absent";
                wrong.Add($"{field.Name}: {actual}, not {expected.ToJsonString()}");
            }
        }
        Assert.Empty(wrong);
        Assert.Equal(PlantedDate, DateTimeOffset.Parse((string)hit["date"]!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Protected_fields_never_reach_anonymous_callers_in_hits_facets_or_errors()
    {
        var secrets = Catalogue.Fields.Where(f => f.Protected).ToList();
        var query = string.Concat(secrets.Select(f =>
            $"&{f.Name}={Uri.EscapeDataString(f.IsString ? "~" + SecretText : "!__null__")}&_columns={f.Name}"
            + (f.Facetable ? $"&_facets={f.Name}" : "")));
        var (status, body) = await app.GetAsync("/api/SuperSearch?_columns=uuid" + query);
        Assert.Equal(200, status);
        Assert.DoesNotContain("Secret Owl", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, (int)body["total"]!);
        var errors = body["errors"]!.AsArray().Select(e => (string)e!).ToList();
        foreach (var field in secrets)
        {
            Assert.Contains(errors, e => e.Contains($"'{field.Name}'", StringComparison.Ordinal));
            Assert.All(body["hits"]!.AsArray(), hit => Assert.False(hit!.AsObject().ContainsKey(field.Name)));
            Assert.False(body["facets"]!.AsObject().ContainsKey(field.Name));
        }
    }

    [Fact]
    public async Task SuperSearchFields_lists_every_field_with_its_query_type_storage_and_permission()
    {
        var (status, body) = await app.GetAsync("/api/SuperSearchFields");
        Assert.Equal(200, status);
        var fields = body.AsObject();
        Assert.Equal(Catalogue.Fields.Select(f => f.Name), fields.Select(p => p.Key));
        var wrong = new List<string>();
        foreach (var socorro in SocorroField.All)
        {
            var field = fields[socorro.Name]!;
            var permissions = field["permissions_needed"]!.AsArray().Select(p => (string)p!).ToList();
            var location = $"{(string)field["namespace"]!}.{(string)field["in_database_name"]!}";
            if ((string)field["query_type"]! != socorro.QueryType
                || ((bool)field["has_full_version"]! != socorro.HasFullVersion && socorro.StoredAsSocorroStoresIt)
                || location != socorro.SourceKey
                || permissions.Count != (socorro.Protected ? 1 : 0)
                || !(bool)field["is_returned"]! || !(bool)field["is_exposed"]!)
            {
                wrong.Add($"{socorro.Name}: {field.ToJsonString()}");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public async Task SuperSearchFields_gives_each_field_in_Socorro_s_shape()
    {
        var (_, body) = await app.GetAsync("/api/SuperSearchFields");
        JsonAssert.Equal($$$"""
            {"name": "memory_explicit", "namespace": "processed_crash.memory_measures", "in_database_name": "explicit",
             "query_type": "integer", "data_validation_type": "int", "form_field_choices": [], "permissions_needed": [],
             "is_exposed": true, "is_returned": true, "has_full_version": false, "default_value": null,
             "description": "{{{Catalogue["memory_explicit"].Description}}}", "storage_mapping": {"type": "long"}}
            """, body["memory_explicit"]!);
        JsonAssert.Equal($$$"""
            {"name": "java_stack_trace_raw", "namespace": "processed_crash", "in_database_name": "java_stack_trace_raw",
             "query_type": "string", "data_validation_type": "str", "form_field_choices": [],
             "permissions_needed": ["{{{SuperSearchFieldsEndpoints.ProtectedPermission}}}"],
             "is_exposed": true, "is_returned": true, "has_full_version": true, "default_value": null,
             "description": "{{{Catalogue["java_stack_trace_raw"].Description}}}",
             "storage_mapping": {"type": "text", "fields": {"full": {"type": "keyword"} } } }
            """, body["java_stack_trace_raw"]!);
    }

    async Task<List<string>> UuidsAsync(string filter)
    {
        var (status, body) = await app.GetAsync($"/api/SuperSearchUnredacted?{filter}&_columns=uuid", app.ReaderToken);
        if (status != 200)
            return [$"HTTP {status}: {body.ToJsonString()}"];
        return [.. body["hits"]!.AsArray().Select(h => (string)h!["uuid"]!).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Values of one operator with the crashes each must find: a value that matches and one that does not.
    /// </summary>
    static IEnumerable<(string Value, string[] Expected)> Cases(FieldDefinition field, string prefix)
    {
        string[] planted = [Planted], control = [Control], both = [Planted, Control], none = [];
        if (prefix == "__null__")
        {
            // Every crash has a uuid and a date.
            var always = field.Name is "uuid" or "date";
            yield return ("__null__", always ? none : control);
            yield return ("!__null__", always ? both.Order(StringComparer.Ordinal).ToArray() : planted);
            yield break;
        }
        if (field.Type == FieldType.Date)
        {
            var (before, at) = (Iso(PlantedDate.AddMinutes(-30)), Iso(PlantedDate));
            yield return prefix switch
            {
                ">" => (">" + before, planted),
                ">=" => (">=" + at, planted),
                "<" => ("<" + at, control),
                _ => ("<=" + before, control),
            };
            yield break;
        }
        if (field.IsNumber)
        {
            var (value, below, above) = field.Type == FieldType.Double ? ("4.5", "4", "5") : ("42", "41", "43");
            foreach (var pair in prefix switch
            {
                "" => [(value, planted), (above, none)],
                ">" => [(">" + below, planted), (">" + value, none)],
                ">=" => [(">=" + value, planted), (">=" + above, none)],
                "<" => [("<" + above, planted), ("<" + value, none)],
                _ => new[] { ("<=" + value, planted), ("<=" + below, none) },
            })
            {
                yield return pair;
            }
            yield break;
        }
        if (field.Type == FieldType.Boolean)
        {
            if (prefix == "__true__")
            {
                yield return ("__true__", planted);
                yield return ("!__true__", control);
            }
            else
            {
                yield return ("true", planted);
                yield return ("false", none);
            }
            yield break;
        }
        var text = field.Name == "uuid" ? Planted : TextOf(field);
        yield return prefix switch
        {
            "" => (text, planted),
            "=" => ("=" + text, planted),
            "~" => ("~" + text[2..9], planted),
            "^" => ("^" + text[..5], planted),
            "$" => ("$" + text[^5..], planted),
            _ => ("@" + text[..3] + ".*" + text[^2..], planted),
        };
        yield return (prefix == "" ? OtherText(field) : prefix + OtherText(field), none);
    }

    static string OtherText(FieldDefinition field) => field.Type == FieldType.Text ? "Absent" : "Absent Value";

    static string Iso(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>What the planted crash returns for a field, as SuperSearch writes it.</summary>
    static JsonNode Expected(FieldDefinition field) => field switch
    {
        { Name: "uuid" } => Planted,
        { FrameProperty: not null } => new JsonArray(PublicText),
        { Type: FieldType.Integer or FieldType.Long } => Integer,
        { Type: FieldType.Double } => Fraction,
        { Type: FieldType.Boolean } => true,
        { MultiValued: true } => new JsonArray(TextOf(field), OtherValue),
        _ => TextOf(field),
    };
}
