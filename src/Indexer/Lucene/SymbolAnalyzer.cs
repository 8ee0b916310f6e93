using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Analysis;

namespace CrashSearch.Indexer.Lucene;

/// <summary>The analyser of fields declared with <c>"analyzer": "symbol"</c>: stack symbols and file paths.</summary>
internal sealed class SymbolAnalyzer : Analyzer
{
    [SuppressMessage("Reliability", "CA2000", Justification = "The components own the tokenizer; the analyzer disposes them.")]
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new SymbolTokenizer(reader));
}
