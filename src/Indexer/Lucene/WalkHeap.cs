using System.Runtime.CompilerServices;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The started <see cref="SegmentWalk"/>s of a merge, best current document on top: a binary heap with the sort
/// order written out, since the merge moves once per hit and a comparer called through an interface was a good part
/// of that.
/// </summary>
internal sealed class WalkHeap(int capacity)
{
    readonly SegmentWalk[] _walks = new SegmentWalk[capacity];

    public int Count { get; private set; }

    public SegmentWalk Top => _walks[0];

    /// <summary>The least current key of the walks below the top (the best of its two children); the greatest key when there are none.</summary>
    public long SecondKey => Count switch
    {
        < 2 => long.MaxValue,
        2 => _walks[1].Key,
        _ => Math.Min(_walks[1].Key, _walks[2].Key),
    };

    public void Push(SegmentWalk walk)
    {
        var at = Count++;
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (!Before(walk, _walks[parent]))
                break;
            _walks[at] = _walks[parent];
            at = parent;
        }
        _walks[at] = walk;
    }

    /// <summary>Restores the order after the top walk moved on, or drops it when it is <paramref name="done"/>.</summary>
    public void TopChanged(bool done)
    {
        var walk = _walks[0];
        if (done)
        {
            walk = _walks[--Count];
            _walks[Count] = null!;
            if (Count == 0)
                return;
        }
        var at = 0;
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= Count)
                break;
            if (child + 1 < Count && Before(_walks[child + 1], _walks[child]))
                child++;
            if (!Before(_walks[child], walk))
                break;
            _walks[at] = _walks[child];
            at = child;
        }
        _walks[at] = walk;
    }

    /// <summary>Sort order of two walks' current documents: key, then uuid, then document (equal uuids keep index order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool Before(SegmentWalk a, SegmentWalk b) => a.Key != b.Key ? a.Key < b.Key : TieBefore(a, b);

    /// <summary>Documents of different segments on the same key are rare: their uuids are read only then.</summary>
    static bool TieBefore(SegmentWalk a, SegmentWalk b)
    {
        var order = SegmentWalk.CompareUuids(a.Uuid(), b.Uuid());
        return order != 0 ? order < 0 : a.Leaf.DocBase + a.Doc < b.Leaf.DocBase + b.Doc;
    }
}
