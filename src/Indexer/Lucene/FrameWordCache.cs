using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The analysed words of frame values, remembered per thread and field. The same functions, modules and files recur
/// in crash after crash, and analysing each frame again was most of the cost of building a document.
/// </summary>
internal sealed class FrameWordCache(CrashAnalyzer analyzer) : IDisposable
{
    readonly ThreadLocal<Dictionary<string, FrameFieldTerms>> _byThread =
        new(() => new Dictionary<string, FrameFieldTerms>(StringComparer.Ordinal));

    /// <summary>
    /// This thread's cache of <paramref name="field"/>, begun for a new field instance (<see
    /// cref="FrameFieldTerms.Begin"/>).
    /// </summary>
    public FrameFieldTerms Begin(FieldDefinition field)
    {
        var fields = _byThread.Value!;
        if (!fields.TryGetValue(field.Name, out var terms))
            fields[field.Name] = terms = new FrameFieldTerms(field, analyzer);
        terms.Begin();
        return terms;
    }

    public void Dispose() => _byThread.Dispose();
}
