using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// Emits <see cref="SymbolWords"/>: each identifier at its own position, its parts at the same position. With
/// source paths on, only the path of a version-control-mapped source file (<see cref="SourcePath"/>).
/// Part of <see cref="SymbolAnalyzer"/>, which both engines use.
/// </summary>
internal sealed class SymbolTokenizer : Tokenizer
{
    /// <summary>Symbols are short; a pathological value is cut rather than read into memory whole.</summary>
    const int MaxChars = 64 * 1024;

    readonly ICharTermAttribute _term;
    readonly IPositionIncrementAttribute _position;
    readonly IOffsetAttribute _offset;
    char[] _buffer = new char[256];
    List<SymbolWord> _words = [];
    int _next;
    int _length;

    readonly bool _sourcePaths;

    public SymbolTokenizer(TextReader input, bool sourcePaths) : base(input)
    {
        _sourcePaths = sourcePaths;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _words.Count)
            return false;
        var word = _words[_next++];
        _term.SetEmpty().Append(word.Text);
        _position.PositionIncrement = word.IsPart ? 0 : 1;
        _offset.SetOffset(CorrectOffset(word.Start), CorrectOffset(word.End));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        var length = TokenizerInput.Read(m_input, ref _buffer, MaxChars);
        _length = length;
        var (start, count) = _sourcePaths ? SourcePath.Of(_buffer.AsSpan(0, length)) : (0, length);
        _words = SymbolWords.Split(new string(_buffer, start, count), start);
        _next = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
