using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrashSearch.Indexer.Fields;

/// <summary>
/// The single source of truth about fields: loaded from <c>schema/fields.json</c> and validated at start-up.
/// Document building, query validation, the GraphQL field enum and the documentation derive from it.
/// </summary>
public sealed class FieldCatalogue
{
    static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    static readonly Lazy<FieldCatalogue> DefaultCatalogue = new(LoadEmbedded);

    readonly FrozenDictionary<string, FieldDefinition> _byName;

    FieldCatalogue(IReadOnlyList<FieldDefinition> fields)
    {
        Fields = fields;
        _byName = fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>The catalogue shipped with the product (<c>schema/fields.json</c>, embedded at build time).</summary>
    public static FieldCatalogue Default => DefaultCatalogue.Value;

    /// <summary>Every field, in catalogue order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>The field called <paramref name="name"/>, or null.</summary>
    public FieldDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The field called <paramref name="name"/>; throws when the catalogue has none.</summary>
    public FieldDefinition this[string name] =>
        Find(name) ?? throw new KeyNotFoundException($"The field catalogue has no field '{name}'.");

    /// <summary>Loads and validates a catalogue from JSON text.</summary>
    /// <exception cref="CatalogueException">The document is malformed or inconsistent.</exception>
    public static FieldCatalogue Parse(string json)
    {
        CatalogueFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogueFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new CatalogueException($"The field catalogue is not valid: {e.Message}");
        }
        if (file?.Fields is not { Count: > 0 } fields)
            throw new CatalogueException("The field catalogue declares no fields.");
        Validate(fields);
        return new FieldCatalogue(fields);
    }

    /// <summary>Loads and validates a catalogue file.</summary>
    public static FieldCatalogue Load(string path) => Parse(File.ReadAllText(path));

    static FieldCatalogue LoadEmbedded()
    {
        using var stream = typeof(FieldCatalogue).Assembly.GetManifestResourceStream("CrashSearch.fields.json")
            ?? throw new CatalogueException("The embedded field catalogue is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    static void Validate(List<FieldDefinition> fields)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (string.IsNullOrWhiteSpace(field.Name) || !field.Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
                throw new CatalogueException($"Field name '{field.Name}' must be lower-case letters, digits and underscores.");
            if (!seen.Add(field.Name))
                throw new CatalogueException($"Field '{field.Name}' is declared twice.");
            if (string.IsNullOrWhiteSpace(field.Source))
                throw new CatalogueException($"Field '{field.Name}' has no source path.");
            if (field.Separator is not null && !(field.IsString && field.MultiValued))
                throw new CatalogueException($"Field '{field.Name}' has a separator but is not a multi-valued string.");
            if (field.Analyzer is not null and not ("symbol" or "source_path"))
                throw new CatalogueException($"Field '{field.Name}' names an unknown analyzer '{field.Analyzer}'.");
            if (field.Analyzer is not null && field.Type != FieldType.Text)
                throw new CatalogueException($"Field '{field.Name}' has an analyzer but is not a text field.");
            if (field.FrameProperty is { } property && (!field.MultiValued || property is not ("function" or "module" or "file")))
                throw new CatalogueException($"Stack-frame field '{field.Name}' must be multi-valued and read function, module or file.");
            if (!QueryTypeOperators.Fits(field.QueryType, field.Type))
            {
                throw new CatalogueException(
                    $"Field '{field.Name}' of type {field.Type} cannot have Socorro's query type {field.QueryType}.");
            }
            if (field.MultiValued && field.Sortable)
                throw new CatalogueException($"Multi-valued field '{field.Name}' cannot be sortable.");
        }
        foreach (var required in new[] { "uuid", "date" })
        {
            if (!seen.Contains(required))
                throw new CatalogueException($"The field catalogue must declare '{required}'.");
        }
        if (fields.First(f => f.Name == "date").Type != FieldType.Date)
            throw new CatalogueException("Field 'date' must be of type date.");
    }

    sealed record CatalogueFile
    {
        [JsonPropertyName("$comment")]
        public string? Comment { get; init; }

        public List<FieldDefinition>? Fields { get; init; }
    }
}
