using System.Collections;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// A hit's cursor sort values (<see cref="Queries.SearchCursor.SortValues"/>), formatted from the hit's raw sort
/// values when first read: most callers read the cursor of one hit of a page, if any.
/// </summary>
internal sealed class CursorValues : IReadOnlyList<string?>
{
    readonly SortPlan _plan;
    readonly object?[]? _raw;
    readonly long _value;
    string?[]? _values;

    /// <summary>The values of a hit sorted by Lucene: one raw value per sort key (and the uuid's after them).</summary>
    public CursorValues(SortPlan plan, object?[] raw)
    {
        _plan = plan;
        _raw = raw;
    }

    /// <summary>The value of a hit sorted on one numeric key alone, without boxing it.</summary>
    public CursorValues(SortPlan plan, long value)
    {
        _plan = plan;
        _value = value;
    }

    public int Count => _plan.Fields.Count;

    public string? this[int index] => Values[index];

    string?[] Values
    {
        get
        {
            if (Volatile.Read(ref _values) is { } values)
                return values;
            values = new string?[Count];
            for (var i = 0; i < values.Length; i++)
                values[i] = _raw is null ? _plan.FormatValue(i, _value) : _plan.FormatValue(i, _raw[i]);
            // Two threads may format at once; both get the same strings.
            return Interlocked.CompareExchange(ref _values, values, null) ?? values;
        }
    }

    public IEnumerator<string?> GetEnumerator() => ((IEnumerable<string?>)Values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
