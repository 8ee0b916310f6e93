using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using LuceneFieldType = Lucene.Net.Documents.FieldType;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// An indexed, unstored field whose terms are prepared here (a whole value, analysed frame words at their
/// positions, or a number's trie terms) and handed to Lucene through per-thread reusable token streams instead of
/// a new stream per field and document, which made indexing several times slower.
/// </summary>
internal sealed class PreparedField : Field
{
    [ThreadStatic]
    static ReplayTokenStream? t_replay;

    [ThreadStatic]
    static NumericTokenStream? t_numeric;

    readonly string? _term;
    readonly IReadOnlyList<(string Term, int Position)> _tokens = [];
    readonly object? _number;

    PreparedField(string name, LuceneFieldType type, string? term, IReadOnlyList<(string Term, int Position)> tokens, object? number)
        : base(name, type)
    {
        _term = term;
        _tokens = tokens;
        _number = number;
    }

    /// <summary>One untokenized term.</summary>
    public static PreparedField Term(string name, string term) => new(name, LuceneFields.KEYWORD, term, [], null);

    /// <summary>Analysed words at absolute positions.</summary>
    public static PreparedField Words(string name, IReadOnlyList<(string Term, int Position)> tokens) =>
        new(name, LuceneFields.FRAME_WORDS, null, tokens, null);

    /// <summary>The trie terms of an int, long or double, as numeric range queries expect at <see cref="LuceneFields.PRECISION_STEP"/>.</summary>
    public static PreparedField Number(string name, object number) => new(name, LuceneFields.KEYWORD, null, [], number);

    public override TokenStream GetTokenStream(Analyzer analyzer)
    {
        if (_number is null)
        {
            var replay = t_replay ??= new ReplayTokenStream();
            replay.Set(_term, _tokens);
            return replay;
        }
        var numeric = t_numeric ??= new NumericTokenStream(LuceneFields.PRECISION_STEP);
        return _number switch
        {
            int value => numeric.SetInt32Value(value),
            long value => numeric.SetInt64Value(value),
            double value => numeric.SetDoubleValue(value),
            _ => throw new ArgumentException($"Cannot index a number of type {_number.GetType().Name}."),
        };
    }
}
