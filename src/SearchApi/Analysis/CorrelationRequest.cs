namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// What correlations compare: the crashes of <see cref="Search"/> against those of <see cref="Reference"/> (by default
/// every crash of the same products in the same window), on <see cref="Fields"/> (by default
/// <see cref="Correlator.DefaultFields"/>).
/// </summary>
internal sealed record CorrelationRequest(
    string Search, string? Reference, IReadOnlyList<string>? Fields, int First)
{
    public const int DefaultFirst = 20;

    public const int MaxFirst = 1_000;
}
