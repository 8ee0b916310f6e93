using CrashSearch.Indexer.Fields;
using Lucene.Net.Index;
using LuceneFieldType = Lucene.Net.Documents.FieldType;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// How catalogue fields are laid out in Lucene: the names of the derived fields and their index options.
/// A field <c>f</c> of the catalogue becomes <c>f</c> (its searchable form), and for text fields also
/// <c>f.exact</c> (the untokenized, case-sensitive value with doc values), and for stack-frame fields also
/// <c>f.framed</c> (terms <c>frameIndex\u001Fvalue</c>, for "within the top N frames" on whole values).
/// </summary>
internal static class LuceneFields
{
    /// <summary>Holds, per document, the names of the catalogue fields that have a value.</summary>
    public const string EXISTS = "_exists";

    /// <summary>The compact stored form of the document (UTF-8 JSON), read to build hits.</summary>
    public const string SOURCE = "_source";

    public const string EXACT_SUFFIX = ".exact";
    public const string FRAMED_SUFFIX = ".framed";

    /// <summary>Separates the frame index from the value in <c>f.framed</c> terms.</summary>
    public const char FRAME_SEPARATOR = '\u001F';

    /// <summary>
    /// Positions reserved per frame in analysed stack-frame fields: frame i's words start at i * FRAME_GAP, so
    /// "within the top N frames" is a span ending before N * FRAME_GAP. Words beyond the gap are dropped.
    /// </summary>
    public const int FRAME_GAP = 1024;

    /// <summary>Precision step of the numeric trie terms: fewer terms per value than Lucene's default of 4.</summary>
    public const int PRECISION_STEP = 8;

    /// <summary>Lucene refuses terms longer than this many UTF-8 bytes; longer exact values are cut.</summary>
    public const int MAX_TERM_BYTES = 32766;

    public const string TRUE_TERM = "T";
    public const string FALSE_TERM = "F";

    /// <summary>Untokenized, docs only, no norms: keyword terms, exact twins, framed terms, booleans, numeric trie terms.</summary>
    public static readonly LuceneFieldType KEYWORD = Freeze(new LuceneFieldType
    {
        IsIndexed = true,
        IsTokenized = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>Analysed words of a normal text field: only whether a word occurs matters.</summary>
    public static readonly LuceneFieldType WORDS = Freeze(new LuceneFieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>Analysed words of a stack-frame field: positions encode the frame index.</summary>
    public static readonly LuceneFieldType FRAME_WORDS = Freeze(new LuceneFieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    public static string Exact(string field) => field + EXACT_SUFFIX;

    public static string Framed(string field) => field + FRAMED_SUFFIX;

    /// <summary>The field holding a catalogue field's whole values (terms and doc values).</summary>
    public static string WholeValue(FieldDefinition field) =>
        field.Type == CrashSearch.Indexer.Fields.FieldType.Text ? Exact(field.Name) : field.Name;

    static LuceneFieldType Freeze(LuceneFieldType type)
    {
        type.Freeze();
        return type;
    }
}
