using System.Globalization;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// The Elasticsearch source of a crash (<see cref="ElasticsearchFields"/> for the layout). Values are checked and
/// typed by the same code as on Lucene (<see cref="CrashChecks"/>), strings are cut to the term limit
/// as Lucene cuts them, and words come from the same analysers, so both engines answer the same query alike.
/// </summary>
internal sealed class ElasticsearchDocumentWriter(FieldCatalogue catalogue, CrashAnalyzer analyzer)
{
    readonly CrashChecks _checks = new(catalogue);
    readonly FieldDefinition[] _frameFields = [.. catalogue.Fields.Where(f => f.FrameProperty is not null)];

    /// <summary>Checks the crash (throws <see cref="InvalidCrashException"/>) and returns its source.</summary>
    public JsonObject Write(CrashDocument crash, DateTimeOffset indexedAt)
    {
        var (_, values) = _checks.Check(crash);
        var source = new JsonObject();
        var words = new JsonObject();
        foreach (var (name, list) in values)
        {
            var field = catalogue[name];
            source[name] = field.MultiValued ? new JsonArray([.. list.Select(Value)]) : Value(list[0]);
            if (field.Type == FieldType.Text)
                words[name] = Words(field, list.Cast<string>());
        }
        foreach (var field in _frameFields)
        {
            var frameValues = crash.Frames.Select(f => f.Get(field.FrameProperty!)).OfType<string>().ToList();
            if (frameValues.Count == 0)
                continue;
            source[field.Name] = new JsonArray([.. frameValues.Select(v => (JsonNode)IndexLimits.Cut(v))]);
            if (field.Type == FieldType.Text)
                words[field.Name] = Words(field, frameValues);
        }
        source[ElasticsearchFields.Words] = words;
        if (crash.Frames.Count > 0)
            source[ElasticsearchFields.Frames] = new JsonArray([.. crash.Frames.Select(Frame)]);
        source[ElasticsearchFields.Indexed] = Date(indexedAt);
        if (crash.LongValueFields.Count > 0)
            source[ElasticsearchFields.Whole] = Whole(crash, values);
        return source;
    }

    /// <summary>
    /// The values the index holds cut, whole, in an object that is kept but not indexed, so that hits return them
    /// whole as on Lucene.
    /// </summary>
    JsonObject Whole(CrashDocument crash, List<KeyValuePair<string, IReadOnlyList<object>>> values)
    {
        var whole = new JsonObject();
        foreach (var (name, list) in values)
        {
            if (crash.LongValueFields.Contains(name))
                whole[name] = new JsonArray([.. list.Select(v => (JsonNode)(string)v)]);
        }
        if (_frameFields.Any(f => crash.LongValueFields.Contains(f.Name)))
        {
            whole[ElasticsearchFields.Frames] = new JsonArray([.. crash.Frames.Select(f => (JsonNode)new JsonObject
            {
                [ElasticsearchFields.Position] = f.Index,
                ["function"] = f.Function,
                ["module"] = f.Module,
                ["file"] = f.SourceFile,
                [ElasticsearchFields.Line] = f.Line,
            })]);
        }
        return whole;
    }

    JsonObject Frame(CrashFrame frame)
    {
        var node = new JsonObject { [ElasticsearchFields.Position] = frame.Index };
        var words = new JsonObject();
        foreach (var field in _frameFields)
        {
            if (frame.Get(field.FrameProperty!) is not { } value)
                continue;
            node[field.Name] = IndexLimits.Cut(value);
            if (field.Type == FieldType.Text)
                words[field.Name] = Words(field, [value]);
        }
        if (frame.Line is { } line)
            node[ElasticsearchFields.Line] = line;
        node[ElasticsearchFields.Words] = words;
        return node;
    }

    JsonArray Words(FieldDefinition field, IEnumerable<string> values) =>
        new([.. values.SelectMany(v => analyzer.Words(field, v)).Distinct(StringComparer.Ordinal)
            .Select(w => (JsonNode)w)]);

    /// <summary>A typed value as JSON: strings cut to the term limit, dates in UTC with milliseconds.</summary>
    public static JsonNode Value(object value) => value switch
    {
        string text => IndexLimits.Cut(text),
        long number => number,
        double number => number,
        bool flag => flag,
        DateTimeOffset date => Date(date),
        _ => throw new ArgumentException($"No JSON form for {value.GetType().Name}.", nameof(value)),
    };

    public static string Date(DateTimeOffset date) =>
        date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
