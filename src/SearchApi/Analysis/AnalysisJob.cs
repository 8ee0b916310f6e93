namespace CrashSearch.SearchApi.Analysis;

/// <summary>A job as its owner sees it: what it computes, where it is, and until when its result is kept.</summary>
internal sealed record AnalysisJob(
    string Id,
    string Owner,
    AnalysisJobSpec Spec,
    AnalysisJobState State,
    long Scanned,
    long? Total,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    DateTimeOffset? ExpiresAt,
    string? Error)
{
    /// <summary>Percent of the matching crashes scanned; 100 once succeeded, null before the first page.</summary>
    public double? PercentDone => State == AnalysisJobState.Succeeded || State == AnalysisJobState.Expired
        ? 100
        : Total is { } total ? total == 0 ? 100 : Math.Round(Math.Min(100, 100.0 * Scanned / total), 2) : null;

    public bool HasResult => State == AnalysisJobState.Succeeded;
}
