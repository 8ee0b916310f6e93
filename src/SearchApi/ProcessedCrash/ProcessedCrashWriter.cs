using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.SuperSearch;

namespace CrashSearch.SearchApi.ProcessedCrash;

/// <summary>
/// Rebuilds a processed crash from a hit: each catalogue field's value at its source key (<c>cpu_count</c> at
/// <c>json_dump.system_info.cpu_count</c>), the crashing thread's frames at <c>json_dump.crashing_thread.frames</c>.
/// The index keeps the catalogue's fields, not the whole processed crash, so parts no field reads are not in it.
/// Only fields the caller may read are placed, so a protected value cannot appear, at any depth.
/// </summary>
internal static class ProcessedCrashWriter
{
    static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(CrashHit hit, FieldCatalogue catalogue, bool canReadProtected)
    {
        var crash = new JsonObject { ["uuid"] = hit.Uuid };
        foreach (var field in catalogue.Fields)
        {
            if (field.FrameProperty is not null || (field.Protected && !canReadProtected))
                continue;
            if (hit.Fields.TryGetValue(field.Name, out var values) && values.Count > 0)
                Place(crash, field.Source, Value(field, values));
        }
        var frameFields = catalogue.Fields.Where(f => f.FrameProperty is not null).ToList();
        if (hit.Frames.Count > 0 && frameFields.TrueForAll(f => canReadProtected || !f.Protected))
            Place(crash, "json_dump.crashing_thread.frames", Frames(hit));
        return JsonSerializer.SerializeToUtf8Bytes(crash, Options);
    }

    static JsonNode? Value(FieldDefinition field, IReadOnlyList<object> values)
    {
        if (field.Separator is { } separator)
            return string.Join(separator, values.Select(Text));
        if (field.MultiValued)
            return new JsonArray([.. values.Select(Scalar)]);
        return Scalar(values[0]);
    }

    static JsonNode? Scalar(object value) => value switch
    {
        string text => text,
        long number => number,
        int number => number,
        double number => number,
        bool flag => flag,
        DateTimeOffset date => Text(date),
        _ => Text(value),
    };

    static string Text(object value) => value is DateTimeOffset date
        ? date.ToUniversalTime().ToString(SuperSearchJsonValues.HitDate, CultureInfo.InvariantCulture)
        : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    static JsonArray Frames(CrashHit hit) =>
    [
        .. hit.Frames.Select(frame => new JsonObject
        {
            ["frame"] = frame.Index,
            ["function"] = frame.Function,
            ["module"] = frame.Module,
            ["file"] = frame.SourceFile,
            ["line"] = frame.Line,
        }),
    ];

    /// <summary>Sets <paramref name="value"/> at a dotted path, making the objects on the way.</summary>
    static void Place(JsonObject root, string path, JsonNode? value)
    {
        var names = path.Split('.');
        var parent = root;
        foreach (var name in names[..^1])
        {
            if (parent[name] is not JsonObject child)
            {
                // Two catalogue fields cannot both own a key and the object below it; the first one placed stays.
                if (parent.ContainsKey(name))
                    return;
                child = [];
                parent[name] = child;
            }
            parent = child;
        }
        parent[names[^1]] = value;
    }
}
