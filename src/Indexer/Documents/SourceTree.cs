using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace CrashSearch.Indexer.Documents;

/// <summary>
/// The source paths of many fields as one tree of property names, so that a crash is read in one walk over the
/// properties it has. Looking each path up on its own searched the crash's properties once per field, one name at a
/// time, and with 160 fields that search cost more than parsing the crash. Thread-safe: the walk's state is the
/// caller's <see cref="SourceValues"/>.
/// </summary>
sealed class SourceTree
{
    /// <summary>Longest property name looked up without allocating; longer ones are decoded to a string.</summary>
    const int MaxStackNameChars = 256;

    readonly Dictionary<string, SourceTree> _children = new(StringComparer.Ordinal);
    readonly Dictionary<string, SourceTree>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    readonly List<int> _ending = [];
    readonly List<int> _below = [];
    readonly int _depth;

    SourceTree(int depth)
    {
        _depth = depth;
        _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The tree of <paramref name="sources"/>; <see cref="SourceValues"/> are indexed as they are.</summary>
    public static SourceTree Of(IReadOnlyList<FieldSource> sources)
    {
        var root = new SourceTree(0);
        for (var i = 0; i < sources.Count; i++)
        {
            var node = root;
            foreach (var name in sources[i].Path.Split('.'))
            {
                node._below.Add(i);
                if (!node._children.TryGetValue(name, out var child))
                    node._children[name] = child = new SourceTree(node._depth + 1);
                node = child;
            }
            node._ending.Add(i);
        }
        return root;
    }

    /// <summary>Finds the value of every source path in <paramref name="crash"/>, an object.</summary>
    public SourceValues Read(JsonElement crash)
    {
        // Every path passes through the root, so the root's fields below it are all of them.
        var values = new SourceValues(_below.Count);
        Walk(crash, values);
        return values;
    }

    void Walk(JsonElement element, SourceValues values)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (Child(property) is not { } child)
                continue;
            // JSON may repeat a name; as with a lookup by name, the last one counts.
            child.Forget(values);
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Null)
                continue;
            foreach (var field in child._ending)
                values.Found(field, value);
            if (child._children.Count == 0)
                continue;
            if (value.ValueKind == JsonValueKind.Object)
                child.Walk(value, values);
            else
            {
                foreach (var field in child._below)
                    values.NotAnObject(field, value, child._depth);
            }
        }
    }

    /// <summary>What an earlier property of the same name left under this node.</summary>
    void Forget(SourceValues values)
    {
        foreach (var field in _ending)
            values.Clear(field);
        foreach (var field in _below)
            values.Clear(field);
    }

    SourceTree? Child(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        // An escaped name (a backslash in the raw text) or a long one is decoded the ordinary way.
        if (raw.Length > MaxStackNameChars || raw.IndexOf((byte)'\\') >= 0)
            return _children.GetValueOrDefault(property.Name);
        Span<char> name = stackalloc char[MaxStackNameChars];
        var length = Encoding.UTF8.GetChars(raw, name);
        return _lookup.TryGetValue(name[..length], out var child) ? child : null;
    }
}
