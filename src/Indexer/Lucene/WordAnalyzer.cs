using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The analyser of ordinary text fields: Unicode word boundaries (the standard tokenizer), lower-cased, no stop
/// words (every word the user types must be findable). The standard analyser with an empty stop list gives the same
/// words but still runs a stop filter over each of them.
/// </summary>
internal sealed class WordAnalyzer : Analyzer
{
    [SuppressMessage("Reliability", "CA2000", Justification = "The components own the tokenizer and filter; the analyzer disposes them.")]
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer));
    }
}
