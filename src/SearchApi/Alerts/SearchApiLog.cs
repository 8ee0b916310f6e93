namespace CrashSearch.SearchApi;

/// <summary>The log messages of alert evaluation (event ids 110 to 119).</summary>
internal static partial class SearchApiLog
{
    [LoggerMessage(110, LogLevel.Error, "Alerts: the evaluation cycle could not read the alerts; retried next cycle")]
    public static partial void AlertCycleFailed(ILogger logger, Exception exception);

    [LoggerMessage(111, LogLevel.Error, "Alerts: evaluating alert {Alert} failed; retried next cycle")]
    public static partial void AlertEvaluationFailed(ILogger logger, string alert, Exception exception);

    [LoggerMessage(112, LogLevel.Warning, "Alerts: alert {Alert} is paused: {Reason}")]
    public static partial void AlertPaused(ILogger logger, string alert, string reason);

    [LoggerMessage(113, LogLevel.Information, "Alerts: alert {Alert} fired on {Count} crashes")]
    public static partial void AlertFired(ILogger logger, string alert, long count);
}
