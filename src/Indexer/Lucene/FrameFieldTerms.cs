using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Semantics;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// One thread's cache of one stack-frame field's values and words (see <see cref="FrameWordCache"/>). Not thread-safe:
/// only its thread uses it.
/// </summary>
internal sealed class FrameFieldTerms(FieldDefinition field, CrashAnalyzer analyzer)
{
    /// <summary>Values remembered before the cache starts over (a few megabytes).</summary>
    const int MaxValues = 20_000;

    readonly Dictionary<string, FrameTerm> _values = new(StringComparer.Ordinal);
    readonly Dictionary<string, FrameTerm> _words = new(StringComparer.Ordinal);

    /// <summary>
    /// Identifies the field instance being built: a term whose <see cref="FrameTerm.Placed"/> equals it is already
    /// placed.
    /// </summary>
    public long Stamp { get; private set; }

    /// <summary>Starts a new field instance. The cache starts over here, never halfway through a document.</summary>
    public void Begin()
    {
        Stamp++;
        if (_values.Count < MaxValues)
            return;
        _values.Clear();
        _words.Clear();
    }

    /// <summary>The cached term of <paramref name="value"/>, with its words when the field is analysed.</summary>
    public FrameTerm Value(string value)
    {
        if (_values.TryGetValue(value, out var term))
            return term;
        FrameTerm[] words = [];
        if (field.Type == FieldType.Text)
            words = [.. analyzer.Words(field, value).Distinct(StringComparer.Ordinal).Select(Word)];
        return _values[value] = new FrameTerm(value, words);
    }

    FrameTerm Word(string word)
    {
        if (!_words.TryGetValue(word, out var term))
            _words[word] = term = new FrameTerm(word, []);
        return term;
    }
}
