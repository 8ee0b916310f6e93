using CrashSearch.Indexer.Documents;

namespace CrashSearch.Indexer.Queries;

/// <summary>The answer to a <see cref="CrashQuery"/>.</summary>
public sealed record CrashSearchResult
{
    /// <summary>Number of matching crashes in the time window.</summary>
    public required long Total { get; init; }

    /// <summary>The requested page of hits, in sort order.</summary>
    public required IReadOnlyList<CrashHit> Hits { get; init; }

    /// <summary>Results of the requested aggregations, in request order.</summary>
    public IReadOnlyList<AggregationResult> Aggregations { get; init; } = [];

    /// <summary>Non-fatal problems (unknown parameters, removed protected fields, weeks outside retention).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}

/// <summary>One matching crash.</summary>
/// <param name="Uuid">The crash id.</param>
/// <param name="Fields">Requested columns that the crash has, typed as in <see cref="CrashDocument"/>.</param>
/// <param name="Cursor">Position of this hit, to continue after it.</param>
/// <param name="Frames">Frames of the crashing thread when the query asked for them, else empty.</param>
public sealed record CrashHit(string Uuid, IReadOnlyDictionary<string, IReadOnlyList<object>> Fields, SearchCursor Cursor, IReadOnlyList<CrashFrame> Frames)
{
    /// <summary>
    /// Positions (0 = top of the stack) of the crashing-thread frames that satisfy at least one of the query's
    /// stack-frame predicates (see <see cref="FramePredicates"/>), each tested on that frame alone with the index's
    /// semantics; null when the query has no stack-frame predicates.
    /// </summary>
    public IReadOnlyList<int>? MatchedFrames { get; init; }
}

/// <summary>The result of one <see cref="Aggregation"/>.</summary>
/// <param name="Name">The aggregation's name.</param>
/// <param name="Field">The aggregated field.</param>
/// <param name="Buckets">Terms or histogram buckets; empty for cardinality.</param>
/// <param name="Value">The distinct count, for cardinality; null otherwise.</param>
/// <param name="Exact">False when the engine approximated the value.</param>
public sealed record AggregationResult(string Name, string Field, IReadOnlyList<AggregationBucket> Buckets, long? Value = null, bool Exact = true);

/// <summary>A term or histogram bucket.</summary>
/// <param name="Key">The term (typed as the field's values) or the bucket start (<see cref="DateTimeOffset"/> or <see cref="double"/>).</param>
/// <param name="Count">Number of matching crashes in the bucket.</param>
/// <param name="Children">Results of the sub-aggregations within this bucket.</param>
public sealed record AggregationBucket(object Key, long Count, IReadOnlyList<AggregationResult> Children);
