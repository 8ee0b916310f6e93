using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// The composable index template of the weekly indices, generated from the field catalogue: one mapping per field
/// (<see cref="ElasticsearchFields"/> for the layout), strict so that a field outside the catalogue is refused, and
/// the read alias. Its <c>_meta.catalogue</c> hash says which catalogue made it: a host installs the template at
/// start when the cluster's is missing or was made from another catalogue. The committed copy is
/// <c>schema/elasticsearch/index-template.json</c> (default options); regenerate it with
/// <c>UPDATE_SNAPSHOTS=1 dotnet test tests/Indexer.Tests --filter ElasticsearchTemplateTests</c>.
/// </summary>
public static class ElasticsearchIndexTemplate
{
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The template body for <c>PUT _index_template/{prefix}_crashes</c>.</summary>
    /// <param name="catalogue">The fields to map.</param>
    /// <param name="options">Index prefix, shards, replicas and the refresh interval.</param>
    /// <param name="refreshInterval">How soon indexed crashes become searchable without an explicit refresh.</param>
    public static JsonObject Build(FieldCatalogue catalogue, ElasticsearchOptions options, TimeSpan refreshInterval)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        var names = new ElasticsearchIndexNames(options.IndexPrefix);
        var mappings = Mappings(catalogue);
        return new JsonObject
        {
            ["index_patterns"] = new JsonArray(names.Pattern),
            ["priority"] = 500,
            ["template"] = new JsonObject
            {
                ["settings"] = new JsonObject
                {
                    ["number_of_shards"] = options.Shards,
                    ["number_of_replicas"] = options.Replicas,
                    ["refresh_interval"] = $"{(long)refreshInterval.TotalMilliseconds}ms",
                    // A crash keeps up to 500 frames, each a nested document.
                    ["mapping.nested_objects.limit"] = 1000,
                    ["mapping.total_fields.limit"] = 2000,
                },
                ["mappings"] = mappings,
                ["aliases"] = new JsonObject { [names.Alias] = new JsonObject() },
            },
            ["_meta"] = new JsonObject { ["catalogue"] = Hash(mappings), ["generator"] = "CrashSearch" },
        };
    }

    /// <summary>The template as the committed file holds it (indented, one trailing newline).</summary>
    public static string ToText(JsonObject template) => template.ToJsonString(Indented) + "\n";

    /// <summary>The catalogue hash in a template (its <c>_meta.catalogue</c>), or null.</summary>
    public static string? CatalogueHash(JsonNode? template) =>
        template?["_meta"]?["catalogue"]?.GetValue<string>();

    static JsonObject Mappings(FieldCatalogue catalogue)
    {
        var properties = new JsonObject();
        var words = new JsonObject();
        var frame = new JsonObject { [ElasticsearchFields.Position] = Type("integer"),
            [ElasticsearchFields.Line] = Type("integer") };
        var frameWords = new JsonObject();
        foreach (var field in catalogue.Fields)
        {
            if (field.FrameProperty is not null)
            {
                frame[field.Name] = Type("keyword");
                if (field.Type == FieldType.Text)
                    frameWords[field.Name] = Type("keyword");
            }
            properties[field.Name] = Mapping(field);
            if (field.Type == FieldType.Text)
                words[field.Name] = Type("keyword");
        }
        frame[ElasticsearchFields.Words] = new JsonObject { ["properties"] = frameWords };
        properties[ElasticsearchFields.Words] = new JsonObject { ["properties"] = words };
        properties[ElasticsearchFields.Frames] = new JsonObject { ["type"] = "nested", ["properties"] = frame };
        properties[ElasticsearchFields.Indexed] = Type("date");
        properties[ElasticsearchFields.Whole] = new JsonObject { ["type"] = "object", ["enabled"] = false };
        return new JsonObject { ["dynamic"] = "strict", ["properties"] = properties };
    }

    static JsonObject Mapping(FieldDefinition field) => field.Type switch
    {
        // Text fields are their exact keyword twin here; their words are under @words.
        FieldType.Keyword or FieldType.Text => Type("keyword"),
        FieldType.Integer => Type("integer"),
        FieldType.Long => Type("long"),
        FieldType.Double => Type("double"),
        FieldType.Boolean => Type("boolean"),
        FieldType.Date => Type("date"),
        _ => throw new NotSupportedException($"Field '{field.Name}' has type {field.Type}, which has no mapping."),
    };

    static JsonObject Type(string type) => new() { ["type"] = type };

    static string Hash(JsonObject mappings) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(mappings.ToJsonString())))[..16];
}
