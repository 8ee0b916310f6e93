using System.Net.Mail;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.Keys;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>
/// Checks an alert's settings; every refusal is an <see cref="ArgumentException"/> whose message says what to fix.
/// </summary>
internal static class AlertRuleParser
{
    /// <summary>Longest window: a SPIKE judges it against seven before it, within a search's longest window.</summary>
    static readonly TimeSpan LongestWindow = TimeSpan.FromDays(7);

    static readonly TimeSpan LongestMinInterval = TimeSpan.FromDays(7);

    /// <summary>A duration as people write it: 30m, 1h, 1d.</summary>
    public static TimeSpan Duration(string text, string name)
    {
        try
        {
            return ApiKeyLifetime.Parse(text);
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"{name}: '{text}' is not a duration: {ApiKeyLifetime.Syntax}.");
        }
    }

    /// <summary>The rule with its defaults filled in (a window of 1h), or the first problem.</summary>
    public static AlertRule Check(AlertRule rule, int maxRecipients)
    {
        if (string.IsNullOrWhiteSpace(rule.SavedSearchId))
            throw new ArgumentException("savedSearchId: an alert needs the saved search it watches.");
        var checkedRule = rule with
        {
            Recipients = Recipients(rule.Recipients, maxRecipients),
            WebhookUrl = string.IsNullOrWhiteSpace(rule.WebhookUrl) ? null : Webhook(rule.WebhookUrl),
            MinInterval = string.IsNullOrWhiteSpace(rule.MinInterval) ? null : rule.MinInterval.Trim(),
            Window = string.IsNullOrWhiteSpace(rule.Window) ? null : rule.Window.Trim(),
        };
        if (checkedRule.Recipients.Count == 0 && checkedRule.WebhookUrl is null)
            throw new ArgumentException("recipients, webhookUrl: an alert needs a recipient or a webhook.");
        if (checkedRule.MinIntervalLength > LongestMinInterval)
            throw new ArgumentException("minInterval: at most 7d.");
        return rule.Condition switch
        {
            AlertCondition.NewMatch => NewMatch(checkedRule),
            AlertCondition.Threshold => Threshold(checkedRule),
            _ => Spike(checkedRule),
        };
    }

    static AlertRule NewMatch(AlertRule rule)
    {
        if (rule.Threshold is not null || rule.Window is not null)
            throw new ArgumentException("threshold, window: NEW_MATCH takes neither; it announces every new match.");
        return rule;
    }

    static AlertRule Threshold(AlertRule rule)
    {
        if (rule.Threshold is not { } threshold || threshold < 0)
            throw new ArgumentException("threshold: THRESHOLD needs a threshold of 0 or more (fires above it).");
        return WithWindow(rule);
    }

    static AlertRule Spike(AlertRule rule)
    {
        if (rule.Threshold is not null)
            throw new ArgumentException("threshold: SPIKE takes none; the spike model decides (docs/alerts.md).");
        return WithWindow(rule);
    }

    static AlertRule WithWindow(AlertRule rule)
    {
        var withWindow = rule with { Window = rule.Window ?? "1h" };
        if (withWindow.WindowLength > LongestWindow)
            throw new ArgumentException("window: at most 7d.");
        return withWindow;
    }

    static List<string> Recipients(IReadOnlyList<string> recipients, int max)
    {
        var distinct = new List<string>();
        foreach (var recipient in recipients.Select(r => r.Trim()))
        {
            // A bare address only: a display name would be one more place for text to reach a mail header.
            if (!MailAddress.TryCreate(recipient, out var address)
                || !string.Equals(address.Address, recipient, StringComparison.Ordinal))
                throw new ArgumentException($"recipients: '{recipient}' is not an email address.");
            if (!distinct.Contains(recipient, StringComparer.OrdinalIgnoreCase))
                distinct.Add(recipient);
        }
        if (distinct.Count > max)
            throw new ArgumentException($"recipients: at most {max}.");
        return distinct;
    }

    static string Webhook(string url)
    {
        var trimmed = url.Trim();
        if (!WebhookUrls.IsAllowed(trimmed))
            throw new ArgumentException($"webhookUrl: '{trimmed}' is not an http or https URL.");
        return trimmed;
    }
}
