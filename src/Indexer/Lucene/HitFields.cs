using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// A hit's columns (<see cref="Queries.CrashHit.Fields"/>) over the query's column names, which every hit of the
/// page shares: one array a hit instead of a dictionary. Columns without a value are absent.
/// </summary>
internal sealed class HitFields(string[] names) : IReadOnlyDictionary<string, IReadOnlyList<object>>
{
    readonly IReadOnlyList<object>?[] _values = new IReadOnlyList<object>?[names.Length];
    int _count;

    /// <summary>Sets column <paramref name="index"/> of the names given at construction.</summary>
    public void Set(int index, IReadOnlyList<object> values)
    {
        if (_values[index] is null)
            _count++;
        _values[index] = values;
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
        value = index < 0 ? null : _values[index];
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, IReadOnlyList<object>>> GetEnumerator()
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (_values[i] is { } values)
                yield return new(names[i], values);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
