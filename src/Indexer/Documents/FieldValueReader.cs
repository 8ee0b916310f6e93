using System.Globalization;
using System.Text.Json;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Documents;

/// <summary>
/// Converts the JSON value of a field to its catalogue type, accepting the spellings processed crashes really use
/// (Socorro's build id is a string of digits, booleans are sometimes "1"/"0") and refusing everything else.
/// </summary>
static class FieldValueReader
{
    /// <summary>The typed values, or null when the field is to be treated as absent (empty string or empty list).</summary>
    public static IReadOnlyList<object>? Read(FieldSource source, JsonElement value)
    {
        if (source.Field.MultiValued)
            return ReadMany(source, value);
        if (value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
            throw source.Error(Expected(source.Field.Type), value);
        return ReadOne(source, value) is { } one ? [one] : null;
    }

    static List<object>? ReadMany(FieldSource source, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                var values = new List<object>(value.GetArrayLength());
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                        throw source.Error("a list of " + Plural(source.Field.Type), item);
                    if (item.ValueKind != JsonValueKind.Null && ReadOne(source, item) is { } one)
                        values.Add(one);
                }
                return values.Count == 0 ? null : values;
            case JsonValueKind.String when source.Field.Separator is { } separator:
                var parts = value.GetString()!.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                return parts.Length == 0 ? null : new List<object>(parts);
            case JsonValueKind.Object:
                throw source.Error("a list of " + Plural(source.Field.Type), value);
            default:
                return ReadOne(source, value) is { } single ? [single] : null;
        }
    }

    static object? ReadOne(FieldSource source, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String && value.ValueEquals(""u8))
            return null;
        return source.Field.Type switch
        {
            FieldType.Keyword or FieldType.Text => ReadString(source, value),
            FieldType.Integer => ReadInteger(source, value, int.MinValue, int.MaxValue),
            FieldType.Long => ReadInteger(source, value, long.MinValue, long.MaxValue),
            FieldType.Double => ReadDouble(source, value),
            FieldType.Boolean => ReadBoolean(source, value),
            FieldType.Date => ReadDate(source, value),
            _ => throw new InvalidOperationException($"Field type {source.Field.Type} has no reader."),
        };
    }

    static string ReadString(FieldSource source, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        // JSON number text is already invariant (no thousands separators, '.' for decimals).
        JsonValueKind.Number => value.GetRawText(),
        _ => throw source.Error("a string", value),
    };

    static object ReadInteger(FieldSource source, JsonElement value, long min, long max)
    {
        long number;
        var parsed = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out number),
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number),
            _ => Fail(out number),
        };
        if (!parsed)
            throw source.Error("an integer", value);
        if (number < min || number > max)
            throw source.Error($"an integer from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}", value);
        return number;
    }

    static object ReadDouble(FieldSource source, JsonElement value)
    {
        double number;
        var parsed = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out number),
            JsonValueKind.String => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            _ => Fail(out number),
        };
        if (!parsed || !double.IsFinite(number))
            throw source.Error("a number", value);
        return number;
    }

    static object ReadBoolean(FieldSource source, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number when value.TryGetInt64(out var number) && number is 0 or 1:
                return number == 1;
            case JsonValueKind.String:
                var text = value.GetString();
                if (text == "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
                    return true;
                if (text == "0" || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
                    return false;
                break;
        }
        throw source.Error("a boolean", value);
    }

    static object ReadDate(FieldSource source, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String && CrashDate.TryParse(value.GetString(), out var date))
            return date;
        throw source.Error("an ISO-8601 date", value);
    }

    static bool Fail<T>(out T value)
    {
        value = default!;
        return false;
    }

    static string Expected(FieldType type) => type switch
    {
        FieldType.Keyword or FieldType.Text => "a string",
        FieldType.Integer or FieldType.Long => "an integer",
        FieldType.Double => "a number",
        FieldType.Boolean => "a boolean",
        _ => "an ISO-8601 date",
    };

    static string Plural(FieldType type) => type switch
    {
        FieldType.Keyword or FieldType.Text => "strings",
        FieldType.Integer or FieldType.Long => "integers",
        FieldType.Double => "numbers",
        FieldType.Boolean => "booleans",
        _ => "ISO-8601 dates",
    };
}
