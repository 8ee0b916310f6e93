using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// The words of ordinary text: those of the standard tokenizer (Unicode word boundaries), plus every symbol such as
/// an emoji (<see cref="UnicodeWords.SymbolLength"/>) as a word of its own, which the standard tokenizer of
/// Lucene 4.8 drops. Words come in text order.
/// </summary>
internal sealed class WordTokenizer : Tokenizer
{
    const int KeptBufferChars = 64 * 1024;

    readonly StandardTokenizer _standard = new(LuceneVersion.LUCENE_48, new StringReader(""));
    readonly ICharTermAttribute _standardTerm;
    readonly IOffsetAttribute _standardOffset;
    readonly ICharTermAttribute _term;
    readonly IOffsetAttribute _offset;
    readonly List<(string Word, int Start, int End)> _words = [];
    char[] _buffer = new char[256];
    int _length;
    int _next;

    public WordTokenizer(TextReader input) : base(input)
    {
        _standardTerm = _standard.GetAttribute<ICharTermAttribute>();
        _standardOffset = _standard.GetAttribute<IOffsetAttribute>();
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _words.Count)
            return false;
        var (word, start, end) = _words[_next++];
        _term.SetEmpty().Append(word);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        // A text value is bounded by the size of the record the ingest accepts, or by the size limits of queries.
        _length = TokenizerInput.Read(m_input, ref _buffer, Array.MaxLength);
        var text = new string(_buffer, 0, _length);
        // The tokenizer lives as long as its analyser: one long comment must not keep megabytes for good.
        if (_buffer.Length > KeptBufferChars)
            _buffer = new char[KeptBufferChars];
        _words.Clear();
        _next = 0;
        _standard.SetReader(new StringReader(text));
        try
        {
            _standard.Reset();
            while (_standard.IncrementToken())
                _words.Add((_standardTerm.ToString(), _standardOffset.StartOffset, _standardOffset.EndOffset));
            _standard.End();
        }
        finally
        {
            // Closes the inner tokenizer's input, so that it takes the next one.
            _standard.Dispose();
        }
        if (!System.Text.Ascii.IsValid(text))
            AddSymbols(text);
    }

    /// <summary>Adds the symbols outside the standard words, keeping text order.</summary>
    void AddSymbols(string text)
    {
        var standardWords = _words.Count;
        var word = 0;
        for (var i = 0; i < text.Length;)
        {
            while (word < standardWords && _words[word].End <= i)
                word++;
            var inWord = word < standardWords && _words[word].Start <= i;
            var length = inWord ? 0 : UnicodeWords.SymbolLength(text.AsSpan(i));
            if (length > 0)
                _words.Add((text.Substring(i, length), i, i + length));
            i += Math.Max(length, 1);
        }
        if (_words.Count > standardWords)
            _words.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _standard.Dispose();
        base.Dispose(disposing);
    }
}
