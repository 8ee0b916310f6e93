using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// Brings each word to its <see cref="UnicodeWords.Fold"/> form; ASCII words are lower-cased in place. Part of
/// <see cref="WordAnalyzer"/>, which both engines use.
/// </summary>
internal sealed class FoldFilter : TokenFilter
{
    readonly ICharTermAttribute _term;

    public FoldFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        var word = _term.Buffer.AsSpan(0, _term.Length);
        if (Ascii.IsValid(word))
            Ascii.ToLowerInPlace(word, out _);
        else
            _term.SetEmpty().Append(UnicodeWords.Fold(word.ToString()));
        return true;
    }
}
