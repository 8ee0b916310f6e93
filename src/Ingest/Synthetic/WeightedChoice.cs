namespace CrashSearch.Ingest.Synthetic;

/// <summary>Picks items with fixed relative weights (binary search over cumulative weights).</summary>
internal sealed class WeightedChoice<T>
{
    readonly T[] _items;
    readonly double[] _cumulative;

    public WeightedChoice(IReadOnlyList<(T Item, double Weight)> entries)
    {
        if (entries.Count == 0)
            throw new ArgumentException("A weighted choice needs at least one item.", nameof(entries));
        _items = new T[entries.Count];
        _cumulative = new double[entries.Count];
        var total = 0.0;
        for (var i = 0; i < entries.Count; i++)
        {
            total += entries[i].Weight;
            _items[i] = entries[i].Item;
            _cumulative[i] = total;
        }
        for (var i = 0; i < _cumulative.Length; i++)
            _cumulative[i] /= total;
    }

    public int Count => _items.Length;

    /// <summary>
    /// Zipf-like popularity: the item at rank k (0-based) weighs 1/(k+1)^exponent, so a few items are very
    /// common and a long tail is rare, as crash signatures and stack functions are.
    /// </summary>
    public static WeightedChoice<T> Zipf(IReadOnlyList<T> items, double exponent)
    {
        var entries = new (T, double)[items.Count];
        for (var i = 0; i < items.Count; i++)
            entries[i] = (items[i], 1.0 / Math.Pow(i + 1, exponent));
        return new WeightedChoice<T>(entries);
    }

    public T Next(ref SyntheticRandom random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        if (index < 0)
            index = ~index;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
