using System.Text;
using CrashSearch.Indexer.Fields;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Reads a hit's uuid and columns from doc values (dates from the cached date column) instead of its stored source,
/// with the same values, types and absences: the uuid, dates, numbers, booleans and single-valued strings. Not
/// multi-valued strings (their doc values lose order and repeats) nor stack-frame fields; a string whose doc value
/// may have been cut to Lucene's term limit, or a field indexed without doc values, leaves the hit to the stored
/// source.
/// </summary>
internal sealed class DocValueFields
{
    /// <summary>
    /// A string this long may have been cut (<see cref="LuceneFields.MAX_TERM_BYTES"/>, less a partial UTF-8
    /// character).
    /// </summary>
    const int MayBeCut = LuceneFields.MAX_TERM_BYTES - 3;

    /// <summary>How many hits share one array of column values.</summary>
    const int HitsPerArray = 64;

    readonly List<FieldDefinition> _columns;
    readonly string[] _names;
    readonly ColumnCache _cache;
    readonly IList<AtomicReaderContext> _leaves;
    readonly int[] _bases;
    readonly object?[]?[] _sources;
    AtomicReaderContext? _lastLeaf;
    object?[] _values = [];
    int _usedValues;

    DocValueFields(List<FieldDefinition> columns, ColumnCache cache, IList<AtomicReaderContext> leaves)
    {
        _columns = columns;
        _names = [.. columns.Select(c => c.Name)];
        _cache = cache;
        _leaves = leaves;
        _bases = leaves.Select(l => l.DocBase).ToArray();
        _sources = new object?[]?[leaves.Count];
    }

    /// <summary>A reader for the columns, or null when one of them is never held by doc values.</summary>
    public static DocValueFields? For(List<FieldDefinition> columns, ColumnCache cache,
        IList<AtomicReaderContext> leaves) =>
        columns.Any(c => c.MultiValued || c.FrameProperty is not null)
            ? null
            : new DocValueFields(columns, cache, leaves);

    /// <summary>
    /// The uuid and columns of document <paramref name="hit"/> (index-wide id), whose uuid sort value is
    /// <paramref name="sortUuid"/> when the hit carries one; false when the stored source must give them.
    /// </summary>
    public bool TryRead(int hit, BytesRef? sortUuid, out string uuid,
        out IReadOnlyDictionary<string, IReadOnlyList<object>> fields)
    {
        uuid = "";
        var columns = NextFields();
        fields = columns;
        var leaf = Leaf(hit);
        var doc = hit - leaf.DocBase;
        var sources = _sources[leaf.Ord] ??= Sources(leaf.AtomicReader);
        if (!TryReadUuid(sortUuid, leaf.AtomicReader, doc, sources, out uuid))
            return false;
        for (var i = 0; i < _columns.Count; i++)
        {
            var column = _columns[i];
            object? value;
            switch (sources[i])
            {
                case Unavailable:
                    return false;
                case null:
                    continue;
                case Uuid:
                    value = uuid;
                    break;
                case ValueColumn dates:
                    value = dates.Has(doc) ? SortableLongs.FromSortableLong(column, dates.Values[doc]) : null;
                    break;
                case NumericSource numeric:
                    value = numeric.Present.Get(doc)
                        ? SortableLongs.FromSortableLong(column, numeric.Values.Get(doc))
                        : null;
                    break;
                case SortedDocValues strings:
                    var bytes = Get(strings, doc);
                    if (bytes is { Length: >= MayBeCut })
                        return false;
                    value = bytes is null ? null : Text(bytes);
                    break;
                default:
                    return false;
            }
            if (value is not null)
                columns.Set(i, value);
        }
        return true;
    }

    /// <summary>The next hit's columns, over a slice of an array of values shared by a run of hits.</summary>
    HitFields NextFields()
    {
        if (_usedValues + _names.Length > _values.Length)
        {
            _values = new object?[_names.Length * HitsPerArray];
            _usedValues = 0;
        }
        var fields = new HitFields(_names, _values, _usedValues);
        _usedValues += _names.Length;
        return fields;
    }

    /// <summary>
    /// The uuid: the sort's, when the hit carries it, else from the uuid column, else from doc values.
    /// </summary>
    bool TryReadUuid(BytesRef? bytes, AtomicReader reader, int doc, object?[] sources, out string uuid)
    {
        uuid = "";
        if (bytes is null)
        {
            var column = (UuidColumn)(sources[^1] ??= _cache.Uuids(reader));
            if (column.TryGet(doc, out uuid))
                return true;
            if (reader.GetSortedDocValues("uuid") is { } uuids)
                bytes = Get(uuids, doc);
        }
        if (bytes is null || bytes.Length >= MayBeCut)
            return false;
        uuid = Text(bytes);
        return true;
    }

    /// <summary>A string decoded straight from its UTF-8 bytes.</summary>
    static string Text(BytesRef bytes) => Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);

    static BytesRef? Get(SortedDocValues values, int doc)
    {
        var ord = values.GetOrd(doc);
        if (ord < 0)
            return null;
        var bytes = new BytesRef();
        values.LookupOrd(ord, bytes);
        return bytes;
    }

    /// <summary>The leaf of a document: hits of a page often come from the same segment in a row.</summary>
    AtomicReaderContext Leaf(int doc)
    {
        if (_lastLeaf is { } last && doc >= last.DocBase && doc < last.DocBase + last.AtomicReader.MaxDoc)
            return last;
        var index = Array.BinarySearch(_bases, doc);
        if (index < 0)
            index = ~index - 1;
        // Empty segments share their base with the next one: the document is in the last of them.
        while (index + 1 < _bases.Length && _bases[index + 1] == _bases[index])
            index++;
        return _lastLeaf = _leaves[index];
    }

    /// <summary>
    /// Where each column's values are in the segment (null: no document of the segment has one), and a last slot
    /// for the uuid column, filled when first needed.
    /// </summary>
    object?[] Sources(AtomicReader reader)
    {
        var sources = new object?[_columns.Count + 1];
        for (var i = 0; i < _columns.Count; i++)
            sources[i] = Source(reader, _columns[i]);
        return sources;
    }

    object? Source(AtomicReader reader, FieldDefinition column)
    {
        if (column.Name == "uuid")
            return Uuid.INSTANCE;
        var name = LuceneFields.WholeValue(column);
        if (reader.FieldInfos.FieldInfo(name) is not { } info)
            return null;
        if (column.IsString)
            return info.DocValuesType == DocValuesType.SORTED ? reader.GetSortedDocValues(name) : Unavailable.INSTANCE;
        if (info.DocValuesType != DocValuesType.NUMERIC)
            return Unavailable.INSTANCE;
        if (column.Type == FieldType.Date)
            return _cache.Values(reader, column);
        return new NumericSource(reader.GetNumericDocValues(name), reader.GetDocsWithField(name));
    }

    sealed record NumericSource(NumericDocValues Values, IBits Present);

    /// <summary>The column is the hit's uuid.</summary>
    sealed class Uuid
    {
        public static readonly Uuid INSTANCE = new();
    }

    /// <summary>The column's values are not all in doc values: the stored source gives the hit.</summary>
    sealed class Unavailable
    {
        public static readonly Unavailable INSTANCE = new();
    }
}
