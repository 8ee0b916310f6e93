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
