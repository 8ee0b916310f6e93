namespace CrashSearch.SearchApi;

/// <summary>The log messages of analysis jobs (event ids 190 to 199).</summary>
internal static partial class SearchApiLog
{
    [LoggerMessage(190, LogLevel.Error, "Analysis: the job worker's cycle failed; retried next cycle")]
    public static partial void AnalysisCycleFailed(ILogger logger, Exception exception);

    [LoggerMessage(191, LogLevel.Information, "Analysis: job {Job} ({Kind}) started")]
    public static partial void AnalysisJobStarted(ILogger logger, string job, string kind);

    [LoggerMessage(192, LogLevel.Information, "Analysis: job {Job} finished after {Crashes} crashes")]
    public static partial void AnalysisJobFinished(ILogger logger, string job, long crashes);

    [LoggerMessage(193, LogLevel.Information, "Analysis: job {Job} was cancelled")]
    public static partial void AnalysisJobCancelled(ILogger logger, string job);

    [LoggerMessage(194, LogLevel.Error, "Analysis: job {Job} failed")]
    public static partial void AnalysisJobFailed(ILogger logger, string job, Exception exception);
}
