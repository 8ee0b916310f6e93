using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using LuceneFieldType = Lucene.Net.Documents.FieldType;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// An indexed, unstored field whose terms are prepared here (a whole value, or frame terms at their positions) and
/// handed to Lucene through per-thread reusable token streams instead of a new stream per field and document,
/// which made indexing several times slower.
/// </summary>
internal sealed class PreparedField : Field
{
    [ThreadStatic]
    static ReplayTokenStream? t_replay;

    readonly string? _term;
    readonly IReadOnlyList<(string Term, int Position)> _tokens = [];

    PreparedField(string name, LuceneFieldType type, string? term, IReadOnlyList<(string Term, int Position)> tokens)
        : base(name, type)
    {
        _term = term;
        _tokens = tokens;
    }

    /// <summary>One untokenized term.</summary>
    public static PreparedField Term(string name, string term) => new(name, LuceneFields.KEYWORD, term, []);

    /// <summary>Several untokenized terms (positions ascending, but not indexed).</summary>
    public static PreparedField Terms(string name, IReadOnlyList<(string Term, int Position)> terms) =>
        new(name, LuceneFields.KEYWORD, null, terms);

    /// <summary>Terms at absolute, ascending positions (several may share one).</summary>
    public static PreparedField AtPositions(string name, IReadOnlyList<(string Term, int Position)> tokens) =>
        new(name, LuceneFields.FRAME_TERMS, null, tokens);

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        var replay = t_replay ??= new ReplayTokenStream();
        replay.Set(_term, _tokens);
        return replay;
    }
}
