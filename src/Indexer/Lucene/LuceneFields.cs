using CrashSearch.Indexer.Fields;
using Lucene.Net.Index;
using LuceneFieldType = Lucene.Net.Documents.FieldType;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// How catalogue fields are laid out in Lucene: the names of the derived fields and their index options.
/// A field <c>f</c> of the catalogue becomes <c>f</c> (its searchable form), and for text fields also
/// <c>f.exact</c> (the untokenized, case-sensitive value, with doc values when it can be faceted or sorted on).
/// The two forms of a stack-frame field hold each term at the position of its frame (the first frame at 0), so
/// "within the top N frames" is a position test, with no extra terms.
/// </summary>
internal static class LuceneFields
{
    /// <summary>
    /// Holds, per document, the names of the catalogue fields without doc values that have a value. A field with
    /// doc values has one in every crash that has the field, so its column answers instead
    /// (<see cref="ColumnExistsFilter"/>).
    /// </summary>
    public const string EXISTS = "_exists";

    /// <summary>The compact stored form of the document (UTF-8 JSON), read to build hits.</summary>
    public const string SOURCE = "_source";

    /// <summary>
    /// When the writing process indexed the document (UTC Unix milliseconds of its clock), a numeric doc value not in
    /// the catalogue: asked for by <see cref="Queries.CrashQuery.Indexed"/>. Documents written before it existed lack
    /// it and match no such range.
    /// </summary>
    public const string INDEXED = "_indexed";

    /// <summary><see cref="INDEXED"/> as a column the range filter and the column cache can read.</summary>
    public static readonly FieldDefinition INDEXED_COLUMN = new()
    {
        Name = INDEXED,
        Source = INDEXED,
        Type = CrashSearch.Indexer.Fields.FieldType.Long,
    };

    public const string EXACT_SUFFIX = ".exact";

    /// <summary>
    /// The layout version, kept in every commit: an index laid out differently is refused, not misread.
    /// 2: frame terms at their frame's position, numbers in doc values only (1 had frame words at frame * 1024,
    /// separate framed terms and numeric trie terms).
    /// </summary>
    public const string FORMAT = "2";

    /// <summary>Commit data key of <see cref="FORMAT"/>.</summary>
    public const string FORMAT_KEY = "crashsearch.format";

    /// <summary>
    /// Lucene refuses terms longer than this many UTF-8 bytes; longer values and words are cut
    /// (<see cref="Documents.IndexLimits"/>).
    /// </summary>
    public const int MAX_TERM_BYTES = Documents.IndexLimits.MaxTermBytes;

    public const string TRUE_TERM = "T";
    public const string FALSE_TERM = "F";

    /// <summary>Untokenized, docs only, no norms: keyword terms, exact twins, booleans.</summary>
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

    /// <summary>
    /// Terms of a stack-frame field (analysed words or whole values): the position is the frame index.
    /// </summary>
    public static readonly LuceneFieldType FRAME_TERMS = Freeze(new LuceneFieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    public static string Exact(string field) => field + EXACT_SUFFIX;

    /// <summary>
    /// Whether a field's values are also doc values: only to be faceted, counted or sorted on. Numbers and booleans
    /// without them are searched by their terms (<see cref="NumberTerm"/>).
    /// </summary>
    public static bool HasDocValues(FieldDefinition field) => field.Facetable || field.Sortable;

    /// <summary>
    /// The term of a number without doc values: its sortable long (<see cref="SortableLongs.ToSortableLong"/>) with the
    /// sign bit flipped, as 16 hexadecimal digits, so that terms sort as the numbers do and a range is a term range.
    /// </summary>
    public static string NumberTerm(long sortable) =>
        unchecked((ulong)sortable ^ 0x8000_0000_0000_0000UL)
            .ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The field holding a catalogue field's whole values (terms and doc values).</summary>
    public static string WholeValue(FieldDefinition field) =>
        field.Type == CrashSearch.Indexer.Fields.FieldType.Text ? Exact(field.Name) : field.Name;

    static LuceneFieldType Freeze(LuceneFieldType type)
    {
        type.Freeze();
        return type;
    }
}
