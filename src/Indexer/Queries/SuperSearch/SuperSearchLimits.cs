namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>
/// The bounds a SuperSearch request must stay within (see docs/query-semantics.md). Bound from the
/// <c>SuperSearch</c> configuration section by the API host.
/// </summary>
public sealed record SuperSearchLimits
{
    /// <summary>Longest time window, in days; a longer one is rejected.</summary>
    public int MaxWindowDays { get; init; } = 365;

    /// <summary>Window length when <c>date</c> gives no lower bound, in days.</summary>
    public int DefaultWindowDays { get; init; } = 7;

    /// <summary>Largest <c>_results_number</c>.</summary>
    public int MaxResultsNumber { get; init; } = 1000;

    /// <summary><c>_results_number</c> when the request gives none.</summary>
    public int DefaultResultsNumber { get; init; } = 100;

    /// <summary>Largest <c>_results_offset</c> + <c>_results_number</c> (Elasticsearch's result window).</summary>
    public int MaxResultWindow { get; init; } = 10_000;

    /// <summary>Largest <c>_facets_size</c>.</summary>
    public int MaxFacetsSize { get; init; } = 10_000;

    /// <summary><c>_facets_size</c> when the request gives none.</summary>
    public int DefaultFacetsSize { get; init; } = 50;

    /// <summary>Longest regular expression (<c>@</c> operator), in characters.</summary>
    public int MaxRegexLength { get; init; } = 1000;

    /// <summary>Deepest aggregation nesting; a top-level facet is depth 1.</summary>
    public int MaxAggregationDepth { get; init; } = 5;

    /// <summary>Most buckets a date histogram may have over the time window.</summary>
    public int MaxHistogramBuckets { get; init; } = 50_000;

    /// <summary>Describes each inconsistent limit; empty when the limits can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Positive(int value, string name)
        {
            if (value <= 0)
                problems.Add($"{name} must be positive, got {value}.");
        }

        Positive(MaxWindowDays, nameof(MaxWindowDays));
        Positive(DefaultWindowDays, nameof(DefaultWindowDays));
        Positive(MaxResultsNumber, nameof(MaxResultsNumber));
        Positive(MaxResultWindow, nameof(MaxResultWindow));
        Positive(MaxFacetsSize, nameof(MaxFacetsSize));
        Positive(MaxRegexLength, nameof(MaxRegexLength));
        Positive(MaxAggregationDepth, nameof(MaxAggregationDepth));
        Positive(MaxHistogramBuckets, nameof(MaxHistogramBuckets));
        if (DefaultWindowDays > MaxWindowDays)
            problems.Add($"{nameof(DefaultWindowDays)} ({DefaultWindowDays}) exceeds {nameof(MaxWindowDays)} ({MaxWindowDays}).");
        if (DefaultResultsNumber < 0 || DefaultResultsNumber > MaxResultsNumber)
            problems.Add($"{nameof(DefaultResultsNumber)} must be from 0 to {nameof(MaxResultsNumber)} ({MaxResultsNumber}), got {DefaultResultsNumber}.");
        if (MaxResultsNumber > MaxResultWindow)
            problems.Add($"{nameof(MaxResultsNumber)} ({MaxResultsNumber}) exceeds {nameof(MaxResultWindow)} ({MaxResultWindow}).");
        if (DefaultFacetsSize < 0 || DefaultFacetsSize > MaxFacetsSize)
            problems.Add($"{nameof(DefaultFacetsSize)} must be from 0 to {nameof(MaxFacetsSize)} ({MaxFacetsSize}), got {DefaultFacetsSize}.");
        return problems;
    }
}
