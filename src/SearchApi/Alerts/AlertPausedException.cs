namespace CrashSearch.SearchApi.Alerts;

/// <summary>An alert cannot be evaluated until its owner acts; the message is the reason, shown on the alert.</summary>
internal sealed class AlertPausedException(string reason) : Exception(reason);
