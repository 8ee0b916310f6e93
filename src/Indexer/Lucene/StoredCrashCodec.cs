using System.Buffers;
using System.Text.Json;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The compact stored form of a crash: UTF-8 JSON <c>{"u":uuid,"d":epochMs,"v":{field:[values]},"f":[[index,function,module,file,line]]}</c>.
/// Values are written untyped and typed again from the catalogue when read; Lucene compresses stored fields.
/// </summary>
internal sealed class StoredCrashCodec(FieldCatalogue catalogue)
{
    /// <summary>Per-thread buffer and writer: growing a fresh buffer for every crash was a tenth of building a document.</summary>
    [ThreadStatic]
    static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? t_writer;

    public static byte[] Encode(CrashDocument crash, IEnumerable<KeyValuePair<string, IReadOnlyList<object>>> values)
    {
        var (buffer, json) = t_writer ??= NewWriter();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("u", crash.Uuid);
        json.WriteNumber("d", crash.Date.ToUnixTimeMilliseconds());
        json.WriteStartObject("v");
        foreach (var (name, list) in values)
        {
            json.WriteStartArray(name);
            foreach (var value in list)
                WriteValue(json, value);
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteStartArray("f");
        foreach (var frame in crash.Frames)
        {
            json.WriteStartArray();
            json.WriteNumberValue(frame.Index);
            WriteNullable(json, frame.Function);
            WriteNullable(json, frame.Module);
            WriteNullable(json, frame.SourceFile);
            if (frame.Line is { } line)
                json.WriteNumberValue(line);
            else
                json.WriteNullValue();
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        return (buffer, new Utf8JsonWriter(buffer));
    }

    public StoredCrash Decode(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);
        foreach (var property in root.GetProperty("v").EnumerateObject())
        {
            // A field dropped from the catalogue since the crash was indexed is no longer returned.
            if (catalogue.Find(property.Name) is not { } field)
                continue;
            var list = new List<object>();
            foreach (var element in property.Value.EnumerateArray())
                list.Add(ReadValue(field.Type, element));
            values[property.Name] = list;
        }
        var frames = new List<CrashFrame>();
        foreach (var frame in root.GetProperty("f").EnumerateArray())
        {
            frames.Add(new CrashFrame(
                frame[0].GetInt32(),
                frame[1].GetString(),
                frame[2].GetString(),
                frame[3].GetString(),
                frame[4].ValueKind == JsonValueKind.Null ? null : frame[4].GetInt32()));
        }
        return new StoredCrash(
            root.GetProperty("u").GetString()!,
            DateTimeOffset.FromUnixTimeMilliseconds(root.GetProperty("d").GetInt64()),
            values,
            frames);
    }

    static void WriteNullable(Utf8JsonWriter json, string? value)
    {
        if (value is null)
            json.WriteNullValue();
        else
            json.WriteStringValue(value);
    }

    static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string text: json.WriteStringValue(text); break;
            case long number: json.WriteNumberValue(number); break;
            case double number: json.WriteNumberValue(number); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case DateTimeOffset date: json.WriteNumberValue(date.ToUnixTimeMilliseconds()); break;
            default: throw new ArgumentException($"Cannot store a value of type {value.GetType().Name}.", nameof(value));
        }
    }

    static object ReadValue(FieldType type, JsonElement element) => type switch
    {
        FieldType.Keyword or FieldType.Text => element.GetString()!,
        FieldType.Integer or FieldType.Long => element.GetInt64(),
        FieldType.Double => element.GetDouble(),
        FieldType.Boolean => element.GetBoolean(),
        FieldType.Date => DateTimeOffset.FromUnixTimeMilliseconds(element.GetInt64()),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown field type."),
    };
}
