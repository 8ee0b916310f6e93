using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// The words of ordinary text: those of the standard tokenizer (Unicode word boundaries), plus every symbol such as
/// an emoji (<see cref="UnicodeWords.SymbolLength"/>) as a word of its own, which the standard tokenizer of
/// Lucene 4.8 drops. Words come in text order. Text without symbols, nearly all of it, streams the standard words
/// through; only text with a symbol collects and merges them.
/// Part of <see cref="WordAnalyzer"/>, which both engines use.
/// </summary>
internal sealed class WordTokenizer : Tokenizer
{
    const int KeptBufferChars = 64 * 1024;

    readonly StandardTokenizer _standard = new(LuceneVersion.LUCENE_48, new StringReader(""));
    readonly BufferReader _reader = new();
    readonly ICharTermAttribute _standardTerm;
    readonly IOffsetAttribute _standardOffset;
    readonly ICharTermAttribute _term;
    readonly IOffsetAttribute _offset;
    readonly List<(string Word, int Start, int End)> _words = [];
    char[] _buffer = new char[256];
    int _length;
    bool _collected;
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
        if (!_collected)
        {
            if (!_standard.IncrementToken())
                return false;
            _term.CopyBuffer(_standardTerm.Buffer, 0, _standardTerm.Length);
            _offset.SetOffset(CorrectOffset(_standardOffset.StartOffset), CorrectOffset(_standardOffset.EndOffset));
            return true;
        }
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
        _reader.Reset(_buffer, _length);
        _standard.SetReader(_reader);
        _standard.Reset();
        _words.Clear();
        _next = 0;
        var text = _buffer.AsSpan(0, _length);
        _collected = !Ascii.IsValid(text) && HasSymbol(text);
        if (_collected)
            Collect();
    }

    static bool HasSymbol(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (UnicodeWords.SymbolLength(text[i..]) > 0)
                return true;
        }
        return false;
    }

    /// <summary>The standard words and the symbols outside them, in text order.</summary>
    void Collect()
    {
        while (_standard.IncrementToken())
            _words.Add((_standardTerm.ToString(), _standardOffset.StartOffset, _standardOffset.EndOffset));
        _standard.End();
        var standardWords = _words.Count;
        var word = 0;
        for (var i = 0; i < _length;)
        {
            while (word < standardWords && _words[word].End <= i)
                word++;
            var inWord = word < standardWords && _words[word].Start <= i;
            var length = inWord ? 0 : UnicodeWords.SymbolLength(_buffer.AsSpan(i, _length - i));
            if (length > 0)
                _words.Add((new string(_buffer, i, length), i, i + length));
            i += Math.Max(length, 1);
        }
        _words.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    public override void End()
    {
        base.End();
        if (!_collected)
            _standard.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Closes the inner tokenizer's input, so that it takes the next one; one long comment must not keep
            // megabytes with the analyser for good.
            _standard.Dispose();
            if (_buffer.Length > KeptBufferChars)
                _buffer = new char[KeptBufferChars];
        }
        base.Dispose(disposing);
    }
}
