namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// A question about crashes in door-independent terms, as GraphQL arguments, SuperSearch parameters or a saved
/// search give it; <see cref="CrashQueryBuilder"/> turns it into a <see cref="CrashQuery"/>. Only
/// <see cref="Search"/> is text: the doors parse their own syntax into the other parts.
/// </summary>
public sealed record CrashQuestion
{
    /// <summary>Search-box texts, ANDed, each parsed on its own; their top-level date ranges set the window.</summary>
    public IReadOnlyList<string> Search { get; init; } = [];

    /// <summary>Structured filters, ANDed: trees of predicates made by <see cref="FieldPredicateFactory"/>.</summary>
    public IReadOnlyList<QueryNode> Filters { get; init; } = [];

    /// <summary>Start of the time window, inclusive.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>End of the time window, exclusive.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>
    /// Only crashes indexed in this range. The <c>date</c> window is then unbounded unless the question or its search
    /// text bounds it, and <see cref="SearchLimits.MaxWindowDays"/> does not apply: a crash indexed late with an old
    /// <c>date</c> (a backfill) is still found.
    /// </summary>
    public IndexedRange? Indexed { get; init; }

    /// <summary>More bounds of the window: range predicates on <c>date</c> (SuperSearch's <c>date=&gt;X</c>).</summary>
    public IReadOnlyList<FieldPredicate> DateRanges { get; init; } = [];

    /// <summary>Sort keys of sortable fields; empty means newest first.</summary>
    public IReadOnlyList<SortField> Sort { get; init; } = [];

    /// <summary>
    /// Hits to return, 0 to <see cref="SearchLimits.MaxPageSize"/>; 0 returns only counts and aggregations.
    /// </summary>
    public int Size { get; init; } = 100;

    /// <summary>Hits to skip; with <see cref="Size"/> at most <see cref="SearchLimits.MaxResultWindow"/>.</summary>
    public int Offset { get; init; }

    /// <summary>Return the hits after this one instead (no depth limit).</summary>
    public SearchCursor? After { get; init; }

    /// <summary>Returnable fields to give for each hit.</summary>
    public IReadOnlyList<string> Columns { get; init; } = CrashQuery.DefaultColumns;

    /// <summary>Whether each hit carries the frames of its crashing thread.</summary>
    public bool IncludeFrames { get; init; }

    /// <summary>Aggregations of facetable fields, nested as asked.</summary>
    public IReadOnlyList<Aggregation> Aggregations { get; init; } = [];

    /// <summary>How the door calls these parts, for error messages.</summary>
    public ParameterNames Parameters { get; init; } = Defaults;

    static readonly ParameterNames Defaults = new();
}
