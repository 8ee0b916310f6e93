using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Semantics;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Turns a <see cref="CrashDocument"/> into a Lucene document, field by field as the catalogue declares them
/// (see <see cref="LuceneFields"/> for the layout), once <see cref="CrashChecks"/> has checked and typed its values.
/// </summary>
internal sealed class LuceneDocumentBuilder(FieldCatalogue catalogue, CrashAnalyzer analyzer) : IDisposable
{
    /// <summary>Frames beyond this are kept with the crash but not searchable: no stackwalker goes this deep.</summary>
    const int MaxFrames = 1 << 20;

    readonly FrameWordCache _words = new(analyzer);

    /// <summary>The Lucene document of a checked crash, stamped as indexed at <paramref name="indexedAt"/>.</summary>
    public LuceneDocument Build(CheckedCrash checkedCrash, DateTimeOffset indexedAt)
    {
        var (crash, values) = checkedCrash;
        var document = new LuceneDocument();
        // One field instance for every name: Lucene's cost per field instance is well above its cost per term. Only
        // fields without doc values are named: the others' columns say which crashes have them (ColumnExistsFilter).
        var present = new List<(string Term, int Position)>();
        foreach (var (name, list) in values)
        {
            var field = catalogue[name];
            AddField(document, field, list);
            if (!LuceneFields.HasDocValues(field))
                present.Add((name, present.Count));
        }
        foreach (var field in catalogue.Fields)
        {
            if (field.FrameProperty is { } property && AddFrameField(document, field, property, crash.Frames)
                && !LuceneFields.HasDocValues(field))
                present.Add((field.Name, present.Count));
        }
        if (present.Count > 0)
            document.Add(PreparedField.Terms(LuceneFields.EXISTS, present));
        document.Add(new NumericDocValuesField(LuceneFields.INDEXED, indexedAt.ToUnixTimeMilliseconds()));
        var stored = StoredCrashCodec.Encode(crash, values.Where(v => v.Key is not ("uuid" or "date")));
        document.Add(new StoredField(LuceneFields.SOURCE, stored));
        return document;
    }

    static void AddField(LuceneDocument document, FieldDefinition field, IReadOnlyList<object> values)
    {
        switch (field.Type)
        {
            case Fields.FieldType.Keyword:
                AddWholeValues(document, field, field.Name, values);
                break;
            case Fields.FieldType.Text:
                foreach (string text in values)
                    document.Add(new Field(field.Name, text, LuceneFields.WORDS));
                AddWholeValues(document, field, LuceneFields.Exact(field.Name), values);
                break;
            case Fields.FieldType.Boolean:
                var flag = (bool)values[0];
                document.Add(PreparedField.Term(field.Name, flag ? LuceneFields.TRUE_TERM : LuceneFields.FALSE_TERM));
                if (LuceneFields.HasDocValues(field))
                    document.Add(new NumericDocValuesField(field.Name, flag ? 1 : 0));
                break;
            default:
                AddNumber(document, field, values[0]);
                break;
        }
    }

    /// <summary>
    /// Doc values only: number predicates are tested on the columns (<see cref="ColumnRangeFilter"/>). A number that
    /// is neither faceted nor sorted on is one term instead, which costs nothing in the crashes that lack it, while
    /// doc values cost every crash of a segment where one crash has the field.
    /// </summary>
    static void AddNumber(LuceneDocument document, FieldDefinition field, object value)
    {
        var sortable = SortableLongs.ToSortableLong(field, value);
        document.Add(LuceneFields.HasDocValues(field)
            ? new NumericDocValuesField(field.Name, sortable)
            : PreparedField.Term(field.Name, LuceneFields.NumberTerm(sortable)));
    }

    /// <summary>Untokenized terms plus sorted (single) or sorted-set (multi, distinct) doc values.</summary>
    static void AddWholeValues(LuceneDocument document, FieldDefinition field, string luceneName,
        IReadOnlyList<object> values)
    {
        // Lists of values are usually short, and then a scan for repeats beats a set.
        var seen = values.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var i = 0; i < values.Count; i++)
        {
            var term = IndexLimits.Cut((string)values[i]);
            if (seen is null ? IsRepeated(values, i, term) : !seen.Add(term))
                continue;
            document.Add(PreparedField.Term(luceneName, term));
            if (!LuceneFields.HasDocValues(field))
                continue;
            document.Add(field.MultiValued
                ? new SortedSetDocValuesField(luceneName, new BytesRef(term))
                : new SortedDocValuesField(luceneName, new BytesRef(term)));
        }
    }

    /// <summary>Whether an earlier value is the same term.</summary>
    static bool IsRepeated(IReadOnlyList<object> values, int index, string term)
    {
        for (var i = 0; i < index; i++)
        {
            if (string.Equals(IndexLimits.Cut((string)values[i]), term, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Each distinct word and whole value once, at the position of the first frame that has it: "within the top N
    /// frames" asks only whether the first occurrence is above frame N, and every other query only whether it occurs.
    /// The distinct whole values also become doc values, for facets. False when no frame has a value.
    /// </summary>
    bool AddFrameField(LuceneDocument document, FieldDefinition field, string property,
        IReadOnlyList<CrashFrame> frames)
    {
        var values = new List<(string Term, int Position)>(frames.Count);
        var words = new List<(string Term, int Position)>(field.Type == Fields.FieldType.Text ? frames.Count * 4 : 0);
        // Each value and word is a cached object marked with the field instance that placed it: no sets to fill.
        var terms = _words.Begin(field);
        // A frame's place in the list is its position in the stack (what "top N frames" counts), whatever
        // number the stackwalker gave it.
        for (var position = 0; position < Math.Min(frames.Count, MaxFrames); position++)
        {
            if (frames[position].Get(property) is not { Length: > 0 } value)
                continue;
            var term = terms.Value(value);
            if (term.Placed == terms.Stamp)
                continue;
            term.Placed = terms.Stamp;
            values.Add((IndexLimits.Cut(value), position));
            foreach (var word in term.Words)
            {
                if (word.Placed == terms.Stamp)
                    continue;
                word.Placed = terms.Stamp;
                words.Add((word.Text, position));
            }
        }
        if (values.Count == 0)
            return false;
        if (field.Type == Fields.FieldType.Text)
            document.Add(PreparedField.AtPositions(field.Name, words));
        var wholeValue = LuceneFields.WholeValue(field);
        document.Add(PreparedField.AtPositions(wholeValue, values));
        if (LuceneFields.HasDocValues(field))
        {
            foreach (var (value, _) in values)
                document.Add(new SortedSetDocValuesField(wholeValue, new BytesRef(value)));
        }
        return true;
    }

    public void Dispose() => _words.Dispose();
}
