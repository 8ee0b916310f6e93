using CrashSearch.Indexer.Fields;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// Picks the analyser of each text field from the catalogue: the symbol analyser, or standard tokenisation with
/// lower-casing and no stop words (every word the user types must be findable). Untokenized fields never reach it.
/// Both engines make words with it, Lucene as its index analyser and Elasticsearch at ingest and for queries, so
/// that a word found on one is found on the other.
/// </summary>
internal sealed class CrashAnalyzer : AnalyzerWrapper
{
    readonly FieldCatalogue _catalogue;
    readonly Analyzer _standard = new WordAnalyzer();
    readonly Analyzer _symbol = new SymbolAnalyzer(sourcePaths: false);
    readonly Analyzer _sourcePath = new SymbolAnalyzer(sourcePaths: true);
    readonly Analyzer _keyword = new KeywordAnalyzer();

    public CrashAnalyzer(FieldCatalogue catalogue) : base(PER_FIELD_REUSE_STRATEGY)
    {
        _catalogue = catalogue;
    }

    /// <summary>The analyser of a catalogue text field (by its catalogue name).</summary>
    public Analyzer For(FieldDefinition field) => field.Analyzer switch
    {
        "symbol" => _symbol,
        "source_path" => _sourcePath,
        _ => _standard,
    };

    /// <summary>The words of a value as the field indexes them.</summary>
    public List<string> Words(FieldDefinition field, string value)
    {
        var words = new List<string>();
        foreach (var (term, _) in Tokens(field, value))
            words.Add(term);
        return words;
    }

    /// <summary>Terms with their position increments, as the field indexes them.</summary>
    public List<(string Term, int Increment)> Tokens(FieldDefinition field, string value)
    {
        var tokens = new List<(string, int)>();
        using var stream = For(field).GetTokenStream(field.Name, value);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add((term.ToString(), increment.PositionIncrement));
        stream.End();
        return tokens;
    }

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        _catalogue.Find(fieldName) is { Type: FieldType.Text } field ? For(field) : _keyword;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _standard.Dispose();
            _symbol.Dispose();
            _sourcePath.Dispose();
            _keyword.Dispose();
        }
        base.Dispose(disposing);
    }
}
