using System.Text.Json;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// Reads hits from a search answer: the requested columns typed as in <see cref="CrashDocument"/> (whole values
/// from <c>@whole</c> where the index holds them cut), frames from the nested <c>@frames</c>, and the frames that
/// matched, computed by the same engine-neutral code as on Lucene (<see cref="FrameMatcher"/>).
/// </summary>
internal static class ElasticsearchHitReader
{
    public static List<CrashHit> Read(
        JsonElement hits, CrashQuery query, IReadOnlyList<FieldDefinition> columns, ElasticsearchSort sort,
        FrameMatcher? matcher, FieldCatalogue catalogue)
    {
        var result = new List<CrashHit>();
        foreach (var hit in hits.EnumerateArray())
        {
            var source = hit.GetProperty("_source");
            var uuid = hit.GetProperty("_id").GetString()!;
            source.TryGetProperty(ElasticsearchFields.Whole, out var whole);
            var frames = Frames(source, whole, catalogue);
            var fields = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);
            foreach (var column in columns)
            {
                var stored = whole.ValueKind == JsonValueKind.Object && whole.TryGetProperty(column.Name, out var full)
                    ? full
                    : source.TryGetProperty(column.Name, out var value) ? value : default;
                List<object> values = column.FrameProperty is { } property
                    ? [.. frames.Select(f => f.Get(property)).OfType<string>()]
                    : Values(column, stored);
                if (values.Count > 0)
                    fields[column.Name] = values;
            }
            var cursor = sort.Cursor(hit.GetProperty("sort"), uuid);
            result.Add(new CrashHit(uuid, fields, cursor, query.IncludeFrames ? frames : [])
            {
                MatchedFrames = matcher?.Match(frames),
            });
        }
        return result;
    }

    static List<object> Values(FieldDefinition field, JsonElement value)
    {
        var values = new List<object>();
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
                Add(field, item, values);
        }
        else
        {
            Add(field, value, values);
        }
        return values;
    }

    static void Add(FieldDefinition field, JsonElement value, List<object> values)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            return;
        values.Add(field.Type switch
        {
            FieldType.Keyword or FieldType.Text => value.GetString()!,
            FieldType.Integer or FieldType.Long => value.GetInt64(),
            FieldType.Double => value.GetDouble(),
            FieldType.Boolean => value.GetBoolean(),
            FieldType.Date => value.GetDateTimeOffset().ToUniversalTime(),
            _ => value.ToString(),
        });
    }

    /// <summary>The frames of a hit, top first: whole from <c>@whole</c> when the index holds some cut.</summary>
    static List<CrashFrame> Frames(JsonElement source, JsonElement whole, FieldCatalogue catalogue)
    {
        var frames = new List<CrashFrame>();
        if (whole.ValueKind == JsonValueKind.Object && whole.TryGetProperty(ElasticsearchFields.Frames, out var full))
        {
            foreach (var frame in full.EnumerateArray())
                frames.Add(Frame(frame, p => p));
            return frames;
        }
        if (!source.TryGetProperty(ElasticsearchFields.Frames, out var nested))
            return frames;
        var byProperty = catalogue.Fields.Where(f => f.FrameProperty is not null)
            .ToDictionary(f => f.FrameProperty!, f => f.Name, StringComparer.Ordinal);
        foreach (var frame in nested.EnumerateArray())
            frames.Add(Frame(frame, p => byProperty.GetValueOrDefault(p, p)));
        frames.Sort((a, b) => a.Index.CompareTo(b.Index));
        return frames;
    }

    static CrashFrame Frame(JsonElement frame, Func<string, string> name) => new(
        frame.GetProperty(ElasticsearchFields.Position).GetInt32(),
        Text(frame, name("function")),
        Text(frame, name("module")),
        Text(frame, name("file")),
        frame.TryGetProperty(ElasticsearchFields.Line, out var line) && line.ValueKind == JsonValueKind.Number
            ? line.GetInt32()
            : null);

    static string? Text(JsonElement frame, string name) =>
        frame.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
