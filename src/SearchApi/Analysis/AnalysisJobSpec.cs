namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// What a job computes over every crash of <see cref="Search"/> (search-box text; null for all) in the whole
/// retention: groups of <see cref="GroupBy"/> with the distinct count of <see cref="Distinct"/> and the min, max and
/// <see cref="Percentiles"/> of <see cref="Number"/>; or an export of <see cref="Columns"/>.
/// </summary>
internal sealed record AnalysisJobSpec
{
    public const int MaxGroupFields = 3;

    public const int MaxColumns = 100;

    public static readonly IReadOnlyList<double> DefaultPercentiles = [50, 90, 99];

    public required AnalysisJobKind Kind { get; init; }

    public string? Search { get; init; }

    public IReadOnlyList<string> GroupBy { get; init; } = [];

    public string? Distinct { get; init; }

    public string? Number { get; init; }

    public IReadOnlyList<double> Percentiles { get; init; } = DefaultPercentiles;

    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>Every field the job reads, for the rights check and the scan's columns.</summary>
    public IReadOnlyList<string> Fields() => Kind == AnalysisJobKind.Export
        ? Columns
        : [.. GroupBy, .. new[] { Distinct, Number }.OfType<string>()];
}
