using System.ComponentModel.DataAnnotations;

namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// The bounds every search stays within, whatever door it came through (see docs/query-semantics.md). The API host
/// binds them from the <c>SearchLimits</c> configuration section and validates them on start;
/// <see cref="CrashQueryBuilder"/> enforces them.
/// </summary>
public sealed class SearchLimits : IValidatableObject
{
    /// <summary>The configuration section, e.g. <c>SearchLimits:MaxWindowDays</c>.</summary>
    public const string Section = "SearchLimits";

    /// <summary>Window length when no lower bound is given, in days.</summary>
    [Range(1, 3_650)]
    public int DefaultWindowDays { get; set; } = 7;

    /// <summary>Longest time window, in days; a longer one is rejected.</summary>
    [Range(1, 3_650)]
    public int MaxWindowDays { get; set; } = 365;

    /// <summary>Most hits one page may ask for (GraphQL <c>first</c>, SuperSearch <c>_results_number</c>).</summary>
    [Range(1, 100_000)]
    public int MaxPageSize { get; set; } = 1_000;

    /// <summary>Largest offset + page size (Elasticsearch's result window); cursors have no such limit.</summary>
    [Range(1, 10_000_000)]
    public int MaxResultWindow { get; set; } = 10_000;

    /// <summary>Most terms one facet may ask for (GraphQL <c>size</c>, SuperSearch <c>_facets_size</c>).</summary>
    [Range(1, 100_000)]
    public int MaxFacetSize { get; set; } = 10_000;

    /// <summary>Most buckets a date histogram may have over the time window.</summary>
    [Range(1, 10_000_000)]
    public int MaxHistogramBuckets { get; set; } = 50_000;

    /// <summary>Longest regular expression (<c>@</c> prefix, GraphQL <c>REGEX</c>), in characters.</summary>
    [Range(1, 100_000)]
    public int MaxRegexLength { get; set; } = 1_000;

    /// <summary>Deepest SuperSearch aggregation nesting (<c>_aggs.*</c>); a top-level facet is depth 1.</summary>
    [Range(1, 100)]
    public int MaxAggregationDepth { get; set; } = 5;

    /// <summary>SuperSearch's <c>_results_number</c> when the request gives none (Socorro's 100).</summary>
    [Range(0, 100_000)]
    public int DefaultResultsNumber { get; set; } = 100;

    /// <summary>SuperSearch's <c>_facets_size</c> when the request gives none (Socorro's 50).</summary>
    [Range(0, 100_000)]
    public int DefaultFacetsSize { get; set; } = 50;

    /// <summary>Describes each limit that contradicts another; empty when the limits can be used together.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void AtMost(string name, int value, string limitName, int limit)
        {
            if (value > limit)
                problems.Add($"{name} ({value}) exceeds {limitName} ({limit}).");
        }

        AtMost(nameof(DefaultWindowDays), DefaultWindowDays, nameof(MaxWindowDays), MaxWindowDays);
        AtMost(nameof(MaxPageSize), MaxPageSize, nameof(MaxResultWindow), MaxResultWindow);
        AtMost(nameof(DefaultResultsNumber), DefaultResultsNumber, nameof(MaxPageSize), MaxPageSize);
        AtMost(nameof(DefaultFacetsSize), DefaultFacetsSize, nameof(MaxFacetSize), MaxFacetSize);
        return problems;
    }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Problems().Select(problem => new ValidationResult(problem));
}
