namespace CrashSearch.SearchApi.Analysis;

/// <summary>Where a job is; stored by name in upper case (QUEUED, RUNNING...).</summary>
internal enum AnalysisJobState
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,

    /// <summary>Succeeded, and its result was deleted after <see cref="AnalysisOptions.ResultRetention"/>.</summary>
    Expired,
}
