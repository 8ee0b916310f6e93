using System.Text.Json;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>
/// <c>GET /api/SuperSearchFields</c>: every catalogue field with its properties in Socorro's shape, an object keyed
/// by field name. Protected fields are listed too, with the permission they need, as Socorro lists them; the list
/// holds no crash data.
/// </summary>
internal static class SuperSearchFieldsEndpoints
{
    /// <summary>Socorro's name of the permission protected fields need; our read-protected scope grants it.</summary>
    public const string ProtectedPermission = "crashstats.view_pii";

    const string FramesNamespace = "processed_crash.json_dump.crashing_thread.frames";

    public static IEndpointRouteBuilder MapSuperSearchFields(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithTags("SuperSearch")
            .MapGet("/SuperSearchFields", (FieldCatalogue catalogue) =>
                TypedResults.Bytes(Write(catalogue), "application/json; charset=utf-8"));
        return endpoints;
    }

    /// <summary>The catalogue as Socorro's <c>SuperSearchFields</c> answer, UTF-8 JSON.</summary>
    public static byte[] Write(FieldCatalogue catalogue)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var field in catalogue.Fields)
            {
                json.WriteStartObject(field.Name);
                WriteField(json, field);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    static void WriteField(Utf8JsonWriter json, FieldDefinition field)
    {
        var (space, name) = Location(field);
        json.WriteString("name", field.Name);
        json.WriteString("namespace", space);
        json.WriteString("in_database_name", name);
        json.WriteString("query_type", field.QueryType.ToString().ToLowerInvariant());
        json.WriteString("data_validation_type", DataValidationType(field));
        json.WriteStartArray("form_field_choices");
        json.WriteEndArray();
        json.WriteStartArray("permissions_needed");
        if (field.Protected)
            json.WriteStringValue(ProtectedPermission);
        json.WriteEndArray();
        json.WriteBoolean("is_exposed", true);
        json.WriteBoolean("is_returned", field.Returnable);
        json.WriteBoolean("has_full_version", field.Type == FieldType.Text);
        json.WriteNull("default_value");
        json.WriteString("description", field.Description);
        json.WritePropertyName("storage_mapping");
        WriteStorageMapping(json, field);
    }

    /// <summary>Socorro's namespace and name of the stored value: the source path's parent and last step.</summary>
    static (string Namespace, string Name) Location(FieldDefinition field)
    {
        if (field.FrameProperty is { } property)
            return (FramesNamespace, property);
        var dot = field.Source.LastIndexOf('.');
        return dot < 0
            ? ("processed_crash", field.Source)
            : ("processed_crash." + field.Source[..dot], field.Source[(dot + 1)..]);
    }

    /// <summary>Socorro's <c>data_validation_type</c>: how a searched value is checked.</summary>
    static string DataValidationType(FieldDefinition field) => field.Type switch
    {
        FieldType.Boolean => "bool",
        FieldType.Date => "datetime",
        FieldType.Integer or FieldType.Long => "int",
        FieldType.Double => "float",
        _ => field.QueryType == QueryType.Enum ? "enum" : "str",
    };

    /// <summary>The Elasticsearch mapping that holds the field as we index it.</summary>
    static void WriteStorageMapping(Utf8JsonWriter json, FieldDefinition field)
    {
        json.WriteStartObject();
        switch (field.Type)
        {
            case FieldType.Text:
                json.WriteString("type", "text");
                json.WriteStartObject("fields");
                json.WriteStartObject("full");
                json.WriteString("type", "keyword");
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case FieldType.Keyword when field.Separator is not null:
                json.WriteString("type", "text");
                json.WriteString("analyzer", "semicolon_keywords");
                json.WriteBoolean("fielddata", true);
                break;
            case FieldType.Date:
                json.WriteString("type", "date");
                json.WriteString("format", "yyyy-MM-dd'T'HH:mm:ssZZZZZ||yyyy-MM-dd'T'HH:mm:ss.SSSSSSZZZZZ");
                break;
            default:
                json.WriteString("type", field.Type.ToString().ToLowerInvariant());
                break;
        }
        json.WriteEndObject();
    }
}
