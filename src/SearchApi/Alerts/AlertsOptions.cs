using System.ComponentModel.DataAnnotations;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>The <c>Alerts</c> configuration section, validated on start.</summary>
internal sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>How often every alert is evaluated.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after being indexed a crash is surely visible here: the ingest's time from indexing to commit plus the
    /// index's refresh interval and any clock difference between the two processes. NEW_MATCH announces crashes this
    /// late, and never misses one visible within it (docs/alerts.md, "The watermark").
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan IndexingGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an evaluating process holds an alert; another process takes it over after this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most recipients of one alert.</summary>
    [Range(1, 1_000)]
    public int MaxRecipients { get; set; } = 50;
}
