using System.Text;
using System.Text.Json;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Documents;

/// <summary>
/// A catalogue field with its dotted source path split into UTF-8 property names once, for the hot path.
/// </summary>
sealed class FieldSource
{
    readonly byte[][] _segments;

    public FieldSource(FieldDefinition field)
    {
        Field = field;
        Path = field.Source;
        var names = field.Source.Split('.');
        _segments = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
            _segments[i] = Encoding.UTF8.GetBytes(names[i]);
    }

    public FieldDefinition Field { get; }

    /// <summary>The dotted source path, e.g. <c>json_dump.system_info.cpu_count</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// Finds the value at the source path. False when a property on the way is missing or JSON null;
    /// throws when an intermediate value is not an object, since the crash then has a shape we do not understand.
    /// </summary>
    public bool TryResolve(JsonElement root, out JsonElement value)
    {
        value = root;
        for (var i = 0; i < _segments.Length; i++)
        {
            if (value.ValueKind != JsonValueKind.Object)
                throw NotAnObject(i, value);
            if (!value.TryGetProperty(_segments[i], out value) || value.ValueKind == JsonValueKind.Null)
                return false;
        }
        return true;
    }

    /// <summary>
    /// The error for a value on the path, after its first <paramref name="depth"/> names, not an object.
    /// </summary>
    public InvalidCrashException NotAnObject(int depth, JsonElement value) =>
        new($"field '{Field.Name}' ({Path}): expected an object at '{string.Join('.', Path.Split('.')[..depth])}', "
            + $"got {JsonValueDescription.Of(value)}");

    /// <summary>
    /// The error for a value of the wrong type. The reason is logged and kept beside the quarantined record, so for a
    /// protected field it names the kind of value only, never the value.
    /// </summary>
    public InvalidCrashException Error(string expected, JsonElement actual) =>
        new($"field '{Field.Name}' ({Path}): expected {expected}, got "
            + (Field.Protected ? JsonValueDescription.KindOf(actual) : JsonValueDescription.Of(actual)));
}
