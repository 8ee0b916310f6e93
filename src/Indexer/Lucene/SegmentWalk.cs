using CrashSearch.Indexer.Fields;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// One segment's live documents in sort order (<see cref="SortedDocs"/>) within a range of keys and after a cursor,
/// found by binary search, so a page costs its own length and not the segment's size. A walk starts pending, keyed
/// by the least key it may yield, and only searches its segment when the merge reaches that key: segments whose
/// documents all sort after the page are never searched.
/// </summary>
internal sealed class SegmentWalk
{
    readonly FieldDefinition _field;
    readonly ValueColumn _column;
    readonly bool _descending;
    readonly (long First, long Last) _keys;
    readonly (long First, long Last) _segmentKeys;
    readonly (long Key, BytesRef? Uuid)? _after;
    int[] _order = [];
    UuidColumn? _uuidColumn;
    IBits? _live;
    SortedDocValues? _uuids;
    int _end;
    int _position;
    BytesRef? _uuid;
    bool _uuidRead;

    SegmentWalk(AtomicReaderContext leaf, FieldDefinition field, ValueColumn column, bool descending,
        (long First, long Last) keys, (long First, long Last) segmentKeys, (long, BytesRef?)? after, long bound)
    {
        Leaf = leaf;
        _field = field;
        _column = column;
        _descending = descending;
        _keys = keys;
        _segmentKeys = segmentKeys;
        _after = after;
        Key = bound;
    }

    public AtomicReaderContext Leaf { get; }

    /// <summary>The current document (segment-local id).</summary>
    public int Doc { get; private set; }

    /// <summary>
    /// The current document's position key (<see cref="SortedDocs.Key(ValueColumn, int, bool)"/>); before
    /// <see cref="Start"/>, the least key the walk may yield.
    /// </summary>
    public long Key { get; private set; }

    /// <summary>The current document's value of the sorted column.</summary>
    public long Value => _column.Values[Doc];

    /// <summary>
    /// The least key a walk over the segment's documents of <paramref name="column"/>'s sort may yield, among those
    /// whose keys are in <paramref name="keys"/> and that sort after the cursor <paramref name="after"/> when there
    /// is one; null when the segment can have none. Every document of the segment has a value (<paramref name="column"/>).
    /// </summary>
    public static long? Bound(AtomicReaderContext leaf, ValueColumn column, bool descending, (long First, long Last) keys,
        (long Key, BytesRef? Uuid)? after)
    {
        var segmentKeys = SegmentKeys(column, descending);
        var first = Math.Max(segmentKeys.First, keys.First);
        var last = Math.Min(segmentKeys.Last, keys.Last);
        if (leaf.AtomicReader.MaxDoc == 0 || first > last || (after is { } cursor && last < cursor.Key))
            return null;
        return after is { } from ? Math.Max(first, from.Key) : first;
    }

    /// <summary>A pending walk over the segment, keyed by its <paramref name="bound"/> (<see cref="Bound"/>, not null).</summary>
    public static SegmentWalk For(AtomicReaderContext leaf, FieldDefinition field, ValueColumn column, bool descending,
        (long First, long Last) keys, (long Key, BytesRef? Uuid)? after, long bound) =>
        new(leaf, field, column, descending, keys, SegmentKeys(column, descending), after, bound);

    static (long First, long Last) SegmentKeys(ValueColumn column, bool descending) =>
        descending ? (SortedDocs.Key(column.Max, true), SortedDocs.Key(column.Min, true)) : (column.Min, column.Max);

    /// <summary>Searches the segment for the walk's range and moves to its first live document; false when there is none.</summary>
    public bool Start(ColumnCache cache)
    {
        _order = cache.Order(Leaf.AtomicReader, _field, _descending);
        _uuidColumn = cache.Uuids(Leaf.AtomicReader);
        _live = Leaf.AtomicReader.LiveDocs;
        var start = _segmentKeys.First >= _keys.First ? 0 : SortedDocs.LowerBound(_order, _column, _descending, _keys.First);
        var end = _segmentKeys.Last <= _keys.Last ? _order.Length : SortedDocs.UpperBound(_order, _column, _descending, _keys.Last);
        if (_after is { } after && _segmentKeys.First <= after.Key)
            start = Math.Max(start, AfterCursor(after.Key, after.Uuid));
        _position = start - 1;
        _end = end;
        return MoveNext();
    }

    /// <summary>Moves to the next live document; false at the end.</summary>
    public bool MoveNext()
    {
        while (++_position < _end)
        {
            var doc = _order[_position];
            if (_live is not null && !_live.Get(doc))
                continue;
            Doc = doc;
            Key = SortedDocs.Key(_column, doc, _descending);
            _uuidRead = false;
            return true;
        }
        return false;
    }

    /// <summary>The current document's uuid (a copy the caller may keep), or null when it has none (it sorts last).</summary>
    public BytesRef? Uuid()
    {
        if (!_uuidRead)
        {
            _uuid = Uuid(Doc);
            _uuidRead = true;
        }
        return _uuid;
    }

    /// <summary>Orders uuids as the sort does: bytes ascending, a missing one last.</summary>
    public static int CompareUuids(BytesRef? a, BytesRef? b)
    {
        if (a is null || b is null)
            return (a is null ? 1 : 0) - (b is null ? 1 : 0);
        return a.CompareTo(b);
    }

    /// <summary>
    /// The first position after the cursor: past every key before the cursor's, and among the documents with the
    /// cursor's key (in uuid order), past those whose uuid is not greater than the cursor's.
    /// </summary>
    int AfterCursor(long key, BytesRef? uuid)
    {
        var low = SortedDocs.LowerBound(_order, _column, _descending, key);
        var high = SortedDocs.UpperBound(_order, _column, _descending, key);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (CompareUuids(Uuid(_order[middle]), uuid) <= 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    BytesRef? Uuid(int doc)
    {
        var uuid = new BytesRef();
        if (_uuidColumn!.TryGet(doc, uuid))
            return uuid;
        _uuids ??= Leaf.AtomicReader.GetSortedDocValues("uuid");
        var ord = _uuids?.GetOrd(doc) ?? -1;
        if (ord < 0)
            return null;
        _uuids!.LookupOrd(ord, uuid);
        // Doc values may lend their own buffer.
        return BytesRef.DeepCopyOf(uuid);
    }
}
