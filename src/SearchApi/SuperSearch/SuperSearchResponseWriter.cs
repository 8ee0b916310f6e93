using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SuperSearch;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>
/// Writes a search result in Socorro's SuperSearch shape: <c>hits</c> (the requested columns, multi-valued fields
/// as arrays, missing values as null; <c>matched_frames</c>, the positions of the crashing-thread frames that satisfy
/// the query's stack-frame filters, when it has some), <c>total</c>, <c>facets</c> and <c>errors</c>. Only columns the query still
/// names are written, so a protected field removed from the query cannot reach the response even if an engine
/// returned it.
/// </summary>
internal static class SuperSearchResponseWriter
{
    static readonly JsonWriterOptions Options = new()
    {
        // Signatures are full of <, > and &; the body is JSON, never inlined in HTML, so they need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(ParsedSuperSearch parsed, CrashSearchResult result, FieldCatalogue catalogue)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("hits");
            var columns = ReturnedColumns(parsed.Query, catalogue);
            foreach (var hit in result.Hits)
                WriteHit(json, hit, columns);
            json.WriteEndArray();
            json.WriteNumber("total", result.Total);
            json.WriteStartObject("facets");
            SuperSearchFacetWriter.Write(json, parsed.Query.Aggregations, result.Aggregations);
            json.WriteEndObject();
            json.WriteStartArray("errors");
            foreach (var error in parsed.Errors.Concat(result.Errors).Distinct(StringComparer.Ordinal))
                json.WriteStringValue(error);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    static List<FieldDefinition> ReturnedColumns(CrashQuery query, FieldCatalogue catalogue) =>
        [.. query.Columns
            .Select(catalogue.Find)
            .OfType<FieldDefinition>()
            .Where(f => f.Returnable && (query.CanReadProtected || !f.Protected))];

    static void WriteHit(Utf8JsonWriter json, CrashHit hit, List<FieldDefinition> columns)
    {
        json.WriteStartObject();
        foreach (var field in columns)
        {
            json.WritePropertyName(field.Name);
            IReadOnlyList<object> values = hit.Fields.TryGetValue(field.Name, out var found) ? found
                : string.Equals(field.Name, "uuid", StringComparison.Ordinal) ? [hit.Uuid] : [];
            if (values.Count == 0)
            {
                json.WriteNullValue();
            }
            else if (field.MultiValued)
            {
                json.WriteStartArray();
                foreach (var value in values)
                    SuperSearchJsonValues.Write(json, value, SuperSearchJsonValues.HitDate);
                json.WriteEndArray();
            }
            else
            {
                SuperSearchJsonValues.Write(json, values[0], SuperSearchJsonValues.HitDate);
            }
        }
        if (hit.MatchedFrames is { } matched)
        {
            json.WriteStartArray("matched_frames");
            foreach (var position in matched)
                json.WriteNumberValue(position);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
