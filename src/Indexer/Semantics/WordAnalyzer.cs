using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Analysis;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// The analyser of ordinary text fields: Unicode word boundaries (the standard tokenizer) plus symbols such as emoji
/// (<see cref="WordTokenizer"/>), in NFKC and lower case (<see cref="UnicodeWords"/>), no stop words (every word the
/// user types must be findable).
/// Reached through <see cref="CrashAnalyzer"/>, so both engines make words with it.
/// </summary>
internal sealed class WordAnalyzer : Analyzer
{
    [SuppressMessage("Reliability", "CA2000",
        Justification = "The components own the tokenizer and filter; the analyzer disposes them.")]
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new WordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new FoldFilter(tokenizer));
    }
}
