using CrashSearch.Indexer.Documents;

namespace CrashSearch.Indexer.Queries;

/// <summary>One matching crash.</summary>
/// <param name="Uuid">The crash id.</param>
/// <param name="Fields">Requested columns that the crash has, typed as in <see cref="CrashDocument"/>.</param>
/// <param name="Cursor">Position of this hit, to continue after it.</param>
/// <param name="Frames">Frames of the crashing thread when the query asked for them, else empty.</param>
public sealed record CrashHit(string Uuid, IReadOnlyDictionary<string, IReadOnlyList<object>> Fields, SearchCursor Cursor, IReadOnlyList<CrashFrame> Frames)
{
    SearchCursor? _cursor = Cursor;
    readonly IHitCursors? _cursors;
    readonly long _sortValue;

    /// <summary>
    /// A hit without frames whose cursor is made from its one numeric sort value when first read: most callers read
    /// the cursor of one hit of a page, if any.
    /// </summary>
    internal CrashHit(string uuid, IReadOnlyDictionary<string, IReadOnlyList<object>> fields, IHitCursors cursors, long sortValue)
        : this(uuid, fields, null!, [])
    {
        _cursors = cursors;
        _sortValue = sortValue;
    }

    /// <summary>Position of this hit, to continue after it.</summary>
    public SearchCursor Cursor
    {
        get
        {
            if (Volatile.Read(ref _cursor) is { } cursor)
                return cursor;
            // Two threads may make it at once; both get the first one kept.
            var made = _cursors!.Cursor(_sortValue, Uuid);
            return Interlocked.CompareExchange(ref _cursor, made, null) ?? made;
        }
        init => _cursor = value;
    }

    /// <summary>
    /// Positions (0 = top of the stack) of the crashing-thread frames that satisfy at least one of the query's
    /// stack-frame predicates (see <see cref="FramePredicates"/>), each tested on that frame alone with the index's
    /// semantics; null when the query has no stack-frame predicates.
    /// </summary>
    public IReadOnlyList<int>? MatchedFrames { get; init; }
}
