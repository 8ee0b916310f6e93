using System.Text;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.SearchApi.Tests.SuperSearch;

/// <summary>
/// Two processed crashes generated from the catalogue: <see cref="Planted"/> has a value for every field, written at
/// the field's source path (public strings <see cref="PublicText"/>, protected ones <see cref="SecretText"/>, numbers
/// <see cref="Integer"/> or <see cref="Fraction"/>, booleans true), and <see cref="Control"/> has none of them.
/// Both go through the real <see cref="CrashDocumentBuilder"/>.
/// </summary>
internal static class PlantedCrashes
{
    public const string PublicText = "Quick Fox 42";
    public const string SecretText = "Secret Owl 42";
    public const string OtherValue = "Slow Dog";
    public const long Integer = 42;
    public const double Fraction = 4.5;

    public static readonly DateTimeOffset Now = SuperSearchCrashes.Now;
    public static readonly string Planted = SuperSearchCrashes.Uuid(100);
    public static readonly string Control = SuperSearchCrashes.Uuid(101);

    /// <summary>When the planted crash was processed; the control crash is an hour older.</summary>
    public static readonly DateTimeOffset PlantedDate = Now.AddHours(-1);

    public static IReadOnlyList<CrashDocument> All { get; } = Build();

    /// <summary>The text a string field of the planted crash holds.</summary>
    public static string TextOf(FieldDefinition field) => field.Protected ? SecretText : PublicText;

    static List<CrashDocument> Build()
    {
        var builder = new CrashDocumentBuilder(FieldCatalogue.Default);
        var planted = new JsonObject();
        foreach (var field in FieldCatalogue.Default.Fields)
        {
            if (field.FrameProperty is null)
                Place(planted, field.Source, field.Name switch
                {
                    "uuid" => Planted,
                    "date" => PlantedDate.ToString("O"),
                    _ => Value(field),
                });
        }
        var frame = new JsonObject { ["frame"] = 0 };
        foreach (var field in FieldCatalogue.Default.Fields.Where(f => f.FrameProperty is not null))
            frame[field.FrameProperty!] = PublicText;
        Place(planted, "json_dump.crashing_thread.frames", new JsonArray(frame));
        var control = new JsonObject
        {
            ["uuid"] = Control,
            ["date_processed"] = PlantedDate.AddHours(-1).ToString("O"),
        };
        return [Document(builder, planted), Document(builder, control)];
    }

    static JsonNode Value(FieldDefinition field) => field.Type switch
    {
        FieldType.Integer or FieldType.Long => Integer,
        FieldType.Double => Fraction,
        FieldType.Boolean => true,
        _ when field.Separator is { } separator => $"{TextOf(field)}{separator}{OtherValue}",
        _ when field.MultiValued => new JsonArray(TextOf(field), OtherValue),
        _ => TextOf(field),
    };

    static void Place(JsonObject root, string path, JsonNode value)
    {
        var names = path.Split('.');
        var parent = root;
        foreach (var name in names[..^1])
            parent = (JsonObject)(parent[name] ??= new JsonObject());
        parent[names[^1]] = value;
    }

    static CrashDocument Document(CrashDocumentBuilder builder, JsonObject crash) =>
        builder.Build(Encoding.UTF8.GetBytes(crash.ToJsonString()));
}
