namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// How a door calls the parts of a <see cref="CrashQuestion"/>, so that the errors of
/// <see cref="CrashQueryBuilder"/> name the parameter the caller wrote (<c>_results_number</c> or <c>first</c>).
/// </summary>
public sealed record ParameterNames
{
    /// <summary>The search-box text.</summary>
    public string Search { get; init; } = "search";

    /// <summary>
    /// The time window; when null, <c>from</c> if <see cref="CrashQuestion.From"/> is given, else <c>to</c> if
    /// <see cref="CrashQuestion.To"/> is, else <see cref="Search"/>.
    /// </summary>
    public string? Window { get; init; }

    /// <summary>The page size.</summary>
    public string Size { get; init; } = "size";

    /// <summary>The offset of the page.</summary>
    public string Offset { get; init; } = "offset";

    /// <summary>The size of every facet; when null, the facet's path of aggregation names with <c>.size</c>.</summary>
    public string? FacetSize { get; init; }

    /// <summary>
    /// Prefix of the field name that names a histogram's interval (<c>_histogram_interval.</c>); when null, the
    /// histogram's path of aggregation names with <c>.interval</c>.
    /// </summary>
    public string? HistogramIntervalPrefix { get; init; }
}
