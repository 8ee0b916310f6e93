using System.Text.Json;

namespace CrashSearch.Indexer.Documents;

/// <summary>Short descriptions of JSON values for error messages: the kind and, for scalars, the value.</summary>
static class JsonValueDescription
{
    const int MaxQuotedLength = 80;

    public static string Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string " + Quote(value.GetString()!),
        JsonValueKind.Number => "number " + value.GetRawText(),
        JsonValueKind.True => "boolean true",
        JsonValueKind.False => "boolean false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString(),
    };

    /// <summary>The kind of a JSON value without the value itself, for values that must not be repeated.</summary>
    public static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => Of(value),
    };

    /// <summary>The text in double quotes, shortened so that a huge value does not flood the reason.</summary>
    public static string Quote(string text) =>
        text.Length <= MaxQuotedLength ? $"\"{text}\"" : $"\"{text[..MaxQuotedLength]}\"... ({text.Length} characters)";
}
