namespace CrashSearch.Indexer.Queries;

/// <summary>
/// The engine-neutral search: every front door (SuperSearch parameters, search-box syntax, GraphQL) parses into
/// this, and every <see cref="ICrashIndex"/> answers it. Field names are validated against the catalogue before
/// a query reaches an index.
/// </summary>
public sealed record CrashQuery
{
    /// <summary>Default columns of a hit (Socorro's default).</summary>
    public static readonly IReadOnlyList<string> DefaultColumns = ["uuid", "date", "signature", "product", "version"];

    /// <summary>The filter tree; null matches every crash in the time window.</summary>
    public QueryNode? Filter { get; init; }

    /// <summary>Start of the time window on <c>date</c>, inclusive.</summary>
    public required DateTimeOffset From { get; init; }

    /// <summary>End of the time window on <c>date</c>, exclusive.</summary>
    public required DateTimeOffset To { get; init; }

    /// <summary>
    /// When set, only crashes indexed in this range (besides the <c>date</c> window, which such a query usually
    /// leaves unbounded: <see cref="DateTimeOffset.MinValue"/> to <see cref="DateTimeOffset.MaxValue"/>). Retention
    /// still applies, and the weeks it drops are not reported as skipped: no crash dated in them can be indexed.
    /// </summary>
    public IndexedRange? Indexed { get; init; }

    /// <summary>Sort keys; the uuid always breaks ties. Empty means newest first.</summary>
    public IReadOnlyList<SortField> Sort { get; init; } = [];

    /// <summary>Number of hits to return; 0 returns only the total and aggregations.</summary>
    public int Size { get; init; } = 100;

    /// <summary>Number of hits to skip (bounded by the front door); ignored when <see cref="After"/> is set.</summary>
    public int Offset { get; init; }

    /// <summary>Return the hits that sort after this one.</summary>
    public SearchCursor? After { get; init; }

    /// <summary>Fields to return for each hit.</summary>
    public IReadOnlyList<string> Columns { get; init; } = DefaultColumns;

    /// <summary>Whether each hit carries the frames of its crashing thread.</summary>
    public bool IncludeFrames { get; init; }

    /// <summary>Aggregations computed over every matching crash (not only the returned page).</summary>
    public IReadOnlyList<Aggregation> Aggregations { get; init; } = [];

    /// <summary>
    /// Whether the caller may read protected fields. Front doors strip protected references for callers
    /// without the permission; indexes enforce it again on what they return and what free text searches.
    /// </summary>
    public bool CanReadProtected { get; init; }
}
