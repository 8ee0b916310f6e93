using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Web;

/// <summary>What the search page shows: the state from its URL, and the one search's answer or its error.</summary>
public sealed record SearchView(SearchState State, WebCaller Caller)
{
    /// <summary>Where the page is (/search, /signature, /topcrashers), for the links it makes.</summary>
    public string Path { get; init; } = "/search";

    public string Title { get; init; } = "Search";

    public SearchError? Error { get; init; }
    public long Total { get; init; }
    public IReadOnlyList<CrashHit> Hits { get; init; } = [];
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>Top terms of each facet, in the order asked.</summary>
    public IReadOnlyList<AggregationResult> Facets { get; init; } = [];

    /// <summary>Distinct values of each facet field, by field.</summary>
    public IReadOnlyDictionary<string, AggregationResult> Distinct { get; init; } =
        new Dictionary<string, AggregationResult>();

    public AggregationResult? Histogram { get; init; }
    public string? NextCursor { get; init; }

    /// <summary>Things the caller should know: parts withheld for lack of rights, weeks not searched.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Field names the search box and the filter form offer.</summary>
    public IReadOnlyList<string> FieldNames { get; init; } = [];

    /// <summary>Sortable field names: their column headers are links.</summary>
    public IReadOnlySet<string> Sortable { get; init; } = new HashSet<string>();

    public DateTimeOffset From { get; init; }
    public DateTimeOffset To { get; init; }
}
