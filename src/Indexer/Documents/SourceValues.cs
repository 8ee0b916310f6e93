using System.Text.Json;

namespace CrashSearch.Indexer.Documents;

/// <summary>
/// What one walk of a <see cref="SourceTree"/> found for each source path: its value, nothing (missing or null), or a
/// value on the way that is not an object, which becomes the crash's error (<see cref="FieldSource.NotAnObject"/>).
/// </summary>
sealed class SourceValues(int count)
{
    readonly JsonElement[] _values = new JsonElement[count];
    readonly byte[] _states = new byte[count];
    readonly int[] _depths = new int[count];

    const byte None = 0;
    const byte Value = 1;
    const byte Blocked = 2;

    public void Found(int field, JsonElement value)
    {
        _values[field] = value;
        _states[field] = Value;
    }

    /// <summary>The value at <paramref name="depth"/> names on the path is not an object.</summary>
    public void NotAnObject(int field, JsonElement value, int depth)
    {
        _values[field] = value;
        _states[field] = Blocked;
        _depths[field] = depth;
    }

    public void Clear(int field) => _states[field] = None;

    /// <summary>
    /// True with the value found for <paramref name="field"/>; false when it is missing. Throws for a path blocked by
    /// a value that is not an object, as a lookup of the path would.
    /// </summary>
    /// <exception cref="InvalidCrashException">A value on the way is not an object.</exception>
    public bool TryGet(int field, FieldSource source, out JsonElement value)
    {
        value = _values[field];
        return _states[field] switch
        {
            Value => true,
            Blocked => throw source.NotAnObject(_depths[field], value),
            _ => false,
        };
    }
}
