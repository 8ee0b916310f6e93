namespace CrashSearch.SearchApi.Alerts;

/// <summary>When an alert fires (docs/alerts.md).</summary>
internal enum AlertCondition
{
    /// <summary>A crash indexed after the alert was created matches: each announced once.</summary>
    NewMatch,

    /// <summary>More than the threshold match within the window: once per crossing.</summary>
    Threshold,

    /// <summary>A signature among the matches is far above its own baseline (the spike model).</summary>
    Spike,
}
