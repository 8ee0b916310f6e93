namespace CrashSearch.SearchApi.Alerts;

/// <summary>A row of <c>alerts</c> as Dapper reads and writes it.</summary>
internal sealed class AlertRow
{
    public string Id { get; set; } = "";
    public string Owner { get; set; } = "";
    public string SavedSearchId { get; set; } = "";
    public string Condition { get; set; } = "";
    public int? Threshold { get; set; }
    public string? WindowText { get; set; }
    public string Recipients { get; set; } = "";
    public string? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }
    public string? MinIntervalText { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
    public string? PausedReason { get; set; }
    public long Watermark { get; set; }
    public long? PendingAt { get; set; }
    public string? Firing { get; set; }
    public long? LastEvaluatedAt { get; set; }
    public long? LastSentAt { get; set; }
    public string? LastError { get; set; }

    public const string Columns = "id AS Id, owner AS Owner, saved_search_id AS SavedSearchId, condition AS Condition, "
        + "threshold AS Threshold, window_text AS WindowText, recipients AS Recipients, webhook_url AS WebhookUrl, "
        + "webhook_secret AS WebhookSecret, min_interval_text AS MinIntervalText, created_at AS CreatedAt, "
        + "updated_at AS UpdatedAt, paused_reason AS PausedReason, watermark AS Watermark, pending_at AS PendingAt, "
        + "firing AS Firing, last_evaluated_at AS LastEvaluatedAt, last_sent_at AS LastSentAt, "
        + "last_error AS LastError";

    public static string ConditionName(AlertCondition condition) => condition switch
    {
        AlertCondition.NewMatch => "NEW_MATCH",
        AlertCondition.Threshold => "THRESHOLD",
        _ => "SPIKE",
    };

    public Alert ToAlert()
    {
        var condition = Condition switch
        {
            "NEW_MATCH" => AlertCondition.NewMatch,
            "THRESHOLD" => AlertCondition.Threshold,
            _ => AlertCondition.Spike,
        };
        var rule = new AlertRule(SavedSearchId, condition)
        {
            Threshold = Threshold,
            Window = WindowText,
            Recipients = Recipients.Length == 0 ? [] : Recipients.Split('\n'),
            WebhookUrl = WebhookUrl,
            MinInterval = MinIntervalText,
        };
        var state = new AlertState(Time(Watermark), Time(PendingAt), Firing, Time(LastEvaluatedAt), Time(LastSentAt),
            LastError);
        return new Alert(Id, Owner, rule, Time(CreatedAt), Time(UpdatedAt), state)
        {
            WebhookSecret = WebhookSecret,
            PausedReason = PausedReason,
        };
    }

    static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    static DateTimeOffset? Time(long? milliseconds) => milliseconds is { } ms ? Time(ms) : null;
}
