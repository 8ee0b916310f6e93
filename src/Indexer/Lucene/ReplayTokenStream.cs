using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Replays prepared terms (one term, or terms at absolute ascending positions). One instance per thread is reused
/// for every field (see <see cref="PreparedField"/>): Lucene.Net spends most of its indexing time creating the
/// attributes of new token streams, and the indexing chain consumes one field's stream before asking for the next.
/// </summary>
internal sealed class ReplayTokenStream : TokenStream
{
    readonly ICharTermAttribute _term;
    readonly IPositionIncrementAttribute _increment;
    IReadOnlyList<(string Term, int Position)> _tokens = [];
    string? _single;
    int _next;
    int _lastPosition;

    public ReplayTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public void Set(string? single, IReadOnlyList<(string Term, int Position)> tokens)
    {
        _single = single;
        _tokens = tokens;
    }

    public override bool IncrementToken()
    {
        var count = _single is null ? _tokens.Count : 1;
        if (_next >= count)
            return false;
        ClearAttributes();
        var (term, position) = _single is null ? _tokens[_next] : (_single, 0);
        _next++;
        _term.SetEmpty().Append(term);
        _increment.PositionIncrement = position - _lastPosition;
        _lastPosition = position;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
        _lastPosition = -1;
    }
}
