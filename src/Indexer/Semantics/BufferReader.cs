namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// A reusable reader over the start of a char buffer: hands a tokenizer's text to an inner tokenizer without a copy.
/// Part of <see cref="WordTokenizer"/>, which both engines use.
/// </summary>
internal sealed class BufferReader : TextReader
{
    char[] _buffer = [];
    int _length;
    int _position;

    public void Reset(char[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
        _position = 0;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var read = Math.Min(count, _length - _position);
        if (read <= 0)
            return 0;
        Array.Copy(_buffer, _position, buffer, index, read);
        _position += read;
        return read;
    }

    public override int Read() => _position < _length ? _buffer[_position++] : -1;

    public override int Peek() => _position < _length ? _buffer[_position] : -1;
}
