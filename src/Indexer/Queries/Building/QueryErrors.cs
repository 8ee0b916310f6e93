using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries.Building;

/// <summary>Wording of query errors, in one place so every door names its parameters the same way.</summary>
internal static class QueryErrors
{
    const int MaxShownLength = 100;

    public static InvalidQueryException Invalid(string parameter, string detail) =>
        new(parameter, $"Parameter '{Clip(parameter)}': {detail}");

    /// <summary>A value as it may appear in a message: quoted, shortened, and never for a protected field.</summary>
    public static string Show(FieldDefinition? field, string text) =>
        field is { Protected: true } ? "the value" : Quote(text);

    public static string Quote(string text) => $"'{Clip(text)}'";

    public static string UnknownParameter(string name) => $"unknown parameter {Quote(name)} was ignored";

    public static string EmptyValue(string name) => $"parameter {Quote(name)} has an empty value, which was ignored";

    public static string Clip(string text) => text.Length <= MaxShownLength ? text : string.Concat(text.AsSpan(0, MaxShownLength), "...");

    /// <summary>The kind of a field in words, for "does not apply to" messages.</summary>
    public static string Describe(FieldDefinition field) => field.Type switch
    {
        FieldType.Keyword => "a keyword (string) field",
        FieldType.Text => "a text (string) field",
        FieldType.Integer => "an integer field",
        FieldType.Long => "a long (integer) field",
        FieldType.Double => "a double (number) field",
        FieldType.Date => "a date field",
        FieldType.Boolean => "a boolean field",
        _ => $"a {field.Type} field",
    };
}
