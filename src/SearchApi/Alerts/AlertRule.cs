namespace CrashSearch.SearchApi.Alerts;

/// <summary>
/// What an alert watches and whom it tells, as <c>createAlert</c> and <c>updateAlert</c> give it, checked by
/// <see cref="AlertRuleParser"/>.
/// </summary>
internal sealed record AlertRule(string SavedSearchId, AlertCondition Condition)
{
    /// <summary>THRESHOLD: fires when more than this many crashes match within <see cref="Window"/>.</summary>
    public int? Threshold { get; init; }

    /// <summary>
    /// THRESHOLD: the counting window; SPIKE: the window judged against its baseline. As written (1h).
    /// </summary>
    public string? Window { get; init; }

    /// <summary>Email addresses.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    public string? WebhookUrl { get; init; }

    /// <summary>At most one message per this long; what fires meanwhile goes into the next one (a digest).</summary>
    public string? MinInterval { get; init; }

    public TimeSpan WindowLength => Window is { } window ? AlertRuleParser.Duration(window, "window") : TimeSpan.Zero;

    public TimeSpan MinIntervalLength =>
        MinInterval is { } interval ? AlertRuleParser.Duration(interval, "minInterval") : TimeSpan.Zero;
}
