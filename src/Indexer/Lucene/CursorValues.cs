using System.Collections;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// A hit's cursor sort values (<see cref="Queries.SearchCursor.SortValues"/>), formatted from the hit's raw sort
/// values when first read: most callers read the cursor of one hit of a page, if any.
/// </summary>
internal sealed class CursorValues(SortPlan plan, object?[] raw) : IReadOnlyList<string?>
{
    string?[]? _values;

    public int Count => plan.Fields.Count;

    public string? this[int index] => Values[index];

    string?[] Values
    {
        get
        {
            if (Volatile.Read(ref _values) is { } values)
                return values;
            values = new string?[Count];
            for (var i = 0; i < values.Length; i++)
                values[i] = plan.FormatValue(i, raw[i]);
            // Two threads may format at once; both get the same strings.
            return Interlocked.CompareExchange(ref _values, values, null) ?? values;
        }
    }

    public IEnumerator<string?> GetEnumerator() => ((IEnumerable<string?>)Values).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
