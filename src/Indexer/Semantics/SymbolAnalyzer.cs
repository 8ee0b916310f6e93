using System.Diagnostics.CodeAnalysis;
using Lucene.Net.Analysis;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// The analyser of fields declared with <c>"analyzer": "symbol"</c> (stack symbols and file paths) or, with
/// <paramref name="sourcePaths"/>, <c>"source_path"</c> (the path inside version-control-mapped source files).
/// Reached through <see cref="CrashAnalyzer"/>, so both engines make words with it.
/// </summary>
internal sealed class SymbolAnalyzer(bool sourcePaths) : Analyzer
{
    [SuppressMessage("Reliability", "CA2000",
        Justification = "The components own the tokenizer; the analyzer disposes them.")]
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new SymbolTokenizer(reader, sourcePaths));
}
