namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Global ordinals of one field across every segment of every week: an append-only dictionary, so ordinals
/// decoded into a segment's column stay valid as near-real-time reopens add segments. Readers see a published
/// array and never lock; only decoding new segments takes the lock. It keeps keys of merged-away segments
/// until the index is reopened, which bounds it by the distinct values seen by this process.
/// </summary>
internal sealed class OrdinalDictionary<TKey>(IComparer<TKey> comparer) : OrdinalKeys
    where TKey : notnull
{
    readonly Dictionary<TKey, int> _ordinals = [];
    readonly object _gate = new();
    TKey[] _keys = new TKey[16];
    int _count;

    public override int Count => Volatile.Read(ref _count);

    public override object KeyAt(int ordinal) => Volatile.Read(ref _keys)[ordinal];

    public override int Compare(int left, int right)
    {
        var keys = Volatile.Read(ref _keys);
        return comparer.Compare(keys[left], keys[right]);
    }

    /// <summary>The ordinal of each key, adding the new ones.</summary>
    public int[] GetOrAdd(IReadOnlyList<TKey> keys)
    {
        var result = new int[keys.Count];
        lock (_gate)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (!_ordinals.TryGetValue(keys[i], out var ordinal))
                {
                    ordinal = _count;
                    if (ordinal == _keys.Length)
                    {
                        var grown = new TKey[_keys.Length * 2];
                        Array.Copy(_keys, grown, _keys.Length);
                        Volatile.Write(ref _keys, grown);
                    }
                    _keys[ordinal] = keys[i];
                    _ordinals.Add(keys[i], ordinal);
                    Volatile.Write(ref _count, ordinal + 1);
                }
                result[i] = ordinal;
            }
        }
        return result;
    }
}
