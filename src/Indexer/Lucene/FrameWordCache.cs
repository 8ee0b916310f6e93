using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The distinct analysed words of frame values, remembered per thread and field. The same functions, modules and
/// files recur in crash after crash, and analysing each frame again was most of the cost of building a document.
/// </summary>
internal sealed class FrameWordCache(CrashAnalyzer analyzer) : IDisposable
{
    /// <summary>Values remembered per field and thread before the cache starts over (a few megabytes).</summary>
    const int MAX_VALUES = 20_000;

    readonly ThreadLocal<Dictionary<string, Dictionary<string, string[]>>> _byThread =
        new(() => new Dictionary<string, Dictionary<string, string[]>>(StringComparer.Ordinal));

    /// <summary>The distinct words of <paramref name="value"/> as <paramref name="field"/> indexes them, in order of first occurrence.</summary>
    public string[] Words(FieldDefinition field, string value)
    {
        var fields = _byThread.Value!;
        if (!fields.TryGetValue(field.Name, out var cache))
            fields[field.Name] = cache = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (cache.TryGetValue(value, out var words))
            return words;
        if (cache.Count >= MAX_VALUES)
            cache.Clear();
        words = [.. analyzer.Words(field, value).Distinct(StringComparer.Ordinal)];
        cache[value] = words;
        return words;
    }

    public void Dispose() => _byThread.Dispose();
}
