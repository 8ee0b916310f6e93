using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// A hit's columns (<see cref="Queries.CrashHit.Fields"/>) over the query's column names, which every hit of the
/// page shares, and over a slice of an array of values that hits of a page share (<c>names.Length</c> slots from
/// <c>offset</c>): no dictionary and no array of its own. A column holds one value (doc values hold no more), and
/// its list is made when it is first read. Columns without a value are absent.
/// </summary>
internal sealed class HitFields(string[] names, object?[] values, int offset) : IReadOnlyDictionary<string, IReadOnlyList<object>>
{
    IReadOnlyList<object>?[]? _lists;
    int _count;

    /// <summary>Columns over an array of their own.</summary>
    public HitFields(string[] names)
        : this(names, new object?[names.Length], 0)
    {
    }

    /// <summary>Sets the value of column <paramref name="index"/> of the names given at construction.</summary>
    public void Set(int index, object value)
    {
        if (values[offset + index] is null)
            _count++;
        values[offset + index] = value;
        if (_lists is not null)
            _lists[index] = null;
    }

    public int Count => _count;

    public IEnumerable<string> Keys => this.Select(pair => pair.Key);

    public IEnumerable<IReadOnlyList<object>> Values => this.Select(pair => pair.Value);

    public IReadOnlyList<object> this[string key] =>
        TryGetValue(key, out var values) ? values : throw new KeyNotFoundException($"The hit has no column '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<object> value)
    {
        var index = Array.IndexOf(names, key);
        value = index < 0 ? null : List(index);
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, IReadOnlyList<object>>> GetEnumerator()
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (List(i) is { } values)
                yield return new(names[i], values);
        }
    }

    /// <summary>The column's values as a list, the same list each time (two threads reading at once may each make one).</summary>
    IReadOnlyList<object>? List(int index)
    {
        if (values[offset + index] is not { } value)
            return null;
        var lists = _lists ??= new IReadOnlyList<object>?[names.Length];
        return lists[index] ??= [value];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
