using System.Globalization;
using System.Text;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Turns a <see cref="CrashDocument"/> into a Lucene document, field by field as the catalogue declares them
/// (see <see cref="LuceneFields"/> for the layout). Throws <see cref="InvalidCrashException"/> for values that
/// do not fit their field.
/// </summary>
internal sealed class LuceneDocumentBuilder(FieldCatalogue catalogue, CrashAnalyzer analyzer)
{
    /// <summary>Frames beyond this would overflow the positions of analysed frame words; they are not searchable.</summary>
    const int MAX_FRAMES = int.MaxValue / LuceneFields.FRAME_GAP - 1;

    /// <summary>Checks a crash against the catalogue and types its values; throws <see cref="InvalidCrashException"/>.</summary>
    public CheckedCrash Check(CrashDocument crash)
    {
        if (string.IsNullOrWhiteSpace(crash.Uuid))
            throw new InvalidCrashException("The crash has no uuid.");
        return new CheckedCrash(crash, Normalize(crash));
    }

    public LuceneDocument Build(CheckedCrash checkedCrash)
    {
        var (crash, values) = checkedCrash;
        var document = new LuceneDocument();
        foreach (var (name, list) in values)
            AddField(document, catalogue[name], list);
        foreach (var field in catalogue.Fields)
        {
            if (field.FrameProperty is { } property)
                AddFrameField(document, field, property, crash.Frames);
        }
        document.Add(new StoredField(LuceneFields.SOURCE, StoredCrashCodec.Encode(crash, values.Where(v => v.Key is not ("uuid" or "date")))));
        return document;
    }

    /// <summary>Checked, typed values by field, with uuid and date taken from the crash itself.</summary>
    List<KeyValuePair<string, IReadOnlyList<object>>> Normalize(CrashDocument crash)
    {
        var result = new List<KeyValuePair<string, IReadOnlyList<object>>>
        {
            new("uuid", [crash.Uuid]),
            new("date", [crash.Date.ToUniversalTime()]),
        };
        foreach (var (name, list) in crash.Values)
        {
            if (name is "uuid" or "date" || list.Count == 0)
                continue;
            var field = catalogue.Find(name) ?? throw new InvalidCrashException($"Field '{name}' is not in the field catalogue.");
            if (field.FrameProperty is not null)
                throw new InvalidCrashException($"Stack-frame field '{name}' is read from the frames, not from the values.");
            if (list.Count > 1 && !field.MultiValued)
                throw new InvalidCrashException($"Field '{name}' holds one value but the crash has {list.Count}.");
            var normalized = new List<object>(list.Count);
            foreach (var value in list)
            {
                // The message may be logged: a protected field's value is never repeated in it.
                normalized.Add(FieldValues.Normalize(field, value)
                    ?? throw new InvalidCrashException($"Field '{name}' expects {FieldValues.Expected(field)}, not {(field.Protected ? $"a {value.GetType().Name}" : $"'{value}'")}."));
            }
            result.Add(new(name, normalized));
        }
        return result;
    }

    static void AddField(LuceneDocument document, FieldDefinition field, IReadOnlyList<object> values)
    {
        document.Add(PreparedField.Term(LuceneFields.EXISTS, field.Name));
        switch (field.Type)
        {
            case Fields.FieldType.Keyword:
                AddWholeValues(document, field, field.Name, values.Cast<string>());
                break;
            case Fields.FieldType.Text:
                foreach (string text in values)
                    document.Add(new Field(field.Name, text, LuceneFields.WORDS));
                AddWholeValues(document, field, LuceneFields.Exact(field.Name), values.Cast<string>());
                break;
            case Fields.FieldType.Boolean:
                var flag = (bool)values[0];
                document.Add(PreparedField.Term(field.Name, flag ? LuceneFields.TRUE_TERM : LuceneFields.FALSE_TERM));
                document.Add(new NumericDocValuesField(field.Name, flag ? 1 : 0));
                break;
            default:
                AddNumber(document, field, values[0]);
                break;
        }
    }

    static void AddNumber(LuceneDocument document, FieldDefinition field, object value)
    {
        var sortable = FieldValues.ToSortableLong(field, value);
        document.Add(PreparedField.Number(field.Name, field.Type switch
        {
            Fields.FieldType.Integer => (int)(long)value,
            Fields.FieldType.Double => value,
            _ => sortable,
        }));
        document.Add(new NumericDocValuesField(field.Name, sortable));
    }

    /// <summary>Untokenized terms plus sorted (single) or sorted-set (multi, distinct) doc values.</summary>
    static void AddWholeValues(LuceneDocument document, FieldDefinition field, string luceneName, IEnumerable<string> values)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var term = Truncate(value, LuceneFields.MAX_TERM_BYTES);
            if (!distinct.Add(term))
                continue;
            document.Add(PreparedField.Term(luceneName, term));
            document.Add(field.MultiValued
                ? new SortedSetDocValuesField(luceneName, new BytesRef(term))
                : new SortedDocValuesField(luceneName, new BytesRef(term)));
        }
    }

    void AddFrameField(LuceneDocument document, FieldDefinition field, string property, IReadOnlyList<CrashFrame> frames)
    {
        var values = new List<string>();
        var words = new List<(string Term, int Position)>();
        var framed = new List<string>();
        // A frame's place in the list is its position in the stack (what "top N frames" counts), whatever
        // number the stackwalker gave it.
        for (var position = 0; position < Math.Min(frames.Count, MAX_FRAMES); position++)
        {
            if (frames[position].Get(property) is not { Length: > 0 } value)
                continue;
            values.Add(value);
            var prefix = position.ToString(CultureInfo.InvariantCulture) + LuceneFields.FRAME_SEPARATOR;
            framed.Add(prefix + Truncate(value, LuceneFields.MAX_TERM_BYTES - prefix.Length));
            if (field.Type == Fields.FieldType.Text)
                AddFrameWords(field, position, value, words);
        }
        if (values.Count == 0)
            return;
        document.Add(PreparedField.Term(LuceneFields.EXISTS, field.Name));
        if (field.Type == Fields.FieldType.Text)
            document.Add(PreparedField.Words(field.Name, words));
        AddWholeValues(document, field, LuceneFields.WholeValue(field), values);
        foreach (var term in framed)
            document.Add(PreparedField.Term(LuceneFields.Framed(field.Name), term));
    }

    void AddFrameWords(FieldDefinition field, int frameIndex, string value, List<(string Term, int Position)> words)
    {
        var position = frameIndex * LuceneFields.FRAME_GAP - 1;
        var last = position + LuceneFields.FRAME_GAP;
        foreach (var (term, increment) in analyzer.Tokens(field, value))
        {
            position += increment;
            if (position > last)
                break;
            words.Add((term, position));
        }
    }

    /// <summary>The longest prefix of <paramref name="value"/> that fits in <paramref name="maxBytes"/> UTF-8 bytes.</summary>
    static string Truncate(string value, int maxBytes)
    {
        if (value.Length * 3 <= maxBytes || Encoding.UTF8.GetByteCount(value) <= maxBytes)
            return value;
        var length = Math.Min(value.Length, maxBytes);
        while (Encoding.UTF8.GetByteCount(value.AsSpan(0, length)) > maxBytes)
            length--;
        if (length > 0 && char.IsHighSurrogate(value[length - 1]))
            length--;
        return value[..length];
    }
}
