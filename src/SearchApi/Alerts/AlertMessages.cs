using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.SavedSearches;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>
/// The outbox messages of a firing: one mail per recipient (text and HTML, every value HTML-encoded in the latter)
/// and one webhook call (JSON with a Slack-style <c>text</c> and the structured fields). Keys are derived from the
/// alert and the evaluation's instant, so a re-run of the same evaluation enqueues nothing new. Messages show public
/// fields only: <see cref="AlertFiring"/> holds nothing else.
/// </summary>
internal sealed class AlertMessages(PublicUrls urls, UnsubscribeLinks unsubscribe)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<OutboxMessage> For(Alert alert, SavedSearch search, AlertFiring firing)
    {
        var key = $"alert:{alert.Id}:{firing.At.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}";
        var subject = "[Crash Search] " + OneLine(firing.What);
        var description = $"alert {alert.Id} ({Condition(alert)} on saved search '{OneLine(search.Name)}')";
        var messages = new List<OutboxMessage>();
        foreach (var recipient in alert.Rule.Recipients)
        {
            var stop = unsubscribe.For(recipient, alert.Topic, description);
            messages.Add(new OutboxMessage
            {
                Key = $"{key}:{recipient.ToLowerInvariant()}",
                Channel = OutboxChannel.Email,
                Recipient = recipient,
                Topic = alert.Topic,
                Subject = subject,
                TextBody = Text(alert, search, firing, stop),
                HtmlBody = Html(alert, search, firing, stop),
                UnsubscribeUrl = stop,
            });
        }
        if (alert.Rule.WebhookUrl is { } webhook)
        {
            messages.Add(new OutboxMessage
            {
                Key = key + ":webhook",
                Channel = OutboxChannel.Webhook,
                Recipient = webhook,
                Topic = alert.Topic,
                Subject = subject,
                JsonBody = JsonSerializer.Serialize(Webhook(alert, search, firing), Json),
                WebhookSecret = alert.WebhookSecret,
            });
        }
        return messages;
    }

    Uri SearchLink(SavedSearch search) => urls.For("api/SuperSearch?_saved=" + Uri.EscapeDataString(search.Id));

    Uri CrashLink(CrashHit hit) => urls.For("api/SuperSearch?uuid=" + Uri.EscapeDataString(hit.Uuid));

    string Text(Alert alert, SavedSearch search, AlertFiring firing, Uri stop)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{firing.What}.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Alert {alert.Id}: {Condition(alert)} on the saved search '{search.Name}': {SearchLink(search)}");
        foreach (var spike in firing.Spikes)
            text.AppendLine(CultureInfo.InvariantCulture, $"Spike: {SpikeLine(spike)}");
        if (firing.Signatures.Count > 0)
            text.AppendLine().AppendLine("Top signatures:");
        foreach (var bucket in firing.Signatures)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {bucket.Count,8}  {bucket.Key}");
        if (firing.Crashes.Count > 0)
            text.AppendLine().AppendLine("Crashes:");
        foreach (var hit in firing.Crashes)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {CrashLine(hit)}  {CrashLink(hit)}");
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Stop these mails: {stop}");
        return text.ToString();
    }

    string Html(Alert alert, SavedSearch search, AlertFiring firing, Uri stop)
    {
        static string E(object? value) =>
            WebUtility.HtmlEncode(Convert.ToString(value, CultureInfo.InvariantCulture)) ?? "";
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        html.Append(CultureInfo.InvariantCulture, $"<p><strong>{E(firing.What)}.</strong></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Alert {E(alert.Id)}: {E(Condition(alert))} on the saved search "
            + $"<a href=\"{E(SearchLink(search))}\">{E(search.Name)}</a></p>");
        if (firing.Spikes.Count > 0)
        {
            html.Append("<ul>");
            foreach (var spike in firing.Spikes)
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(SpikeLine(spike))}</li>");
            html.Append("</ul>");
        }
        if (firing.Signatures.Count > 0)
        {
            html.Append("<h3>Top signatures</h3><table>");
            foreach (var bucket in firing.Signatures)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(bucket.Count)}</td><td>{E(bucket.Key)}</td></tr>");
            }
            html.Append("</table>");
        }
        if (firing.Crashes.Count > 0)
        {
            html.Append("<h3>Crashes</h3><ul>");
            foreach (var hit in firing.Crashes)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<li><a href=\"{E(CrashLink(hit))}\">{E(CrashLine(hit))}</a></li>");
            }
            html.Append("</ul>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(stop)}\">Stop these mails</a></p></body></html>");
        return html.ToString();
    }

    object Webhook(Alert alert, SavedSearch search, AlertFiring firing) => new
    {
        text = $"{firing.What}: <{SearchLink(search)}|{search.Name}>",
        alert = new { id = alert.Id, condition = Condition(alert) },
        savedSearch = new { id = search.Id, name = search.Name, url = SearchLink(search) },
        at = firing.At,
        what = firing.What,
        count = firing.Count,
        signatures = firing.Signatures.Select(b => new { signature = b.Key, count = b.Count }),
        crashes = firing.Crashes.Select(hit => new
        {
            uuid = hit.Uuid,
            date = Value(hit, "date"),
            signature = Value(hit, "signature"),
            product = Value(hit, "product"),
            version = Value(hit, "version"),
            url = CrashLink(hit),
        }),
        spikes = firing.Spikes.Select(s => new
        {
            signature = s.Key, count = s.Count, baseline = s.Baseline, spread = s.Spread, score = s.Score,
        }),
    };

    static string Condition(Alert alert) => AlertRow.ConditionName(alert.Rule.Condition);

    static string SpikeLine(Indexer.Analysis.SpikeScore spike) => string.Create(CultureInfo.InvariantCulture,
        $"'{spike.Key}': {spike.Count} crashes against a baseline of {spike.Baseline:0.#} per window "
        + $"(spread {spike.Spread:0.#}, score {spike.Score:0.#})");

    static string CrashLine(CrashHit hit) => string.Join("  ", new[] { "date", "signature", "product", "version" }
        .Select(field => Value(hit, field)).Where(v => v is not null)
        .Select(v => v is DateTimeOffset date
            ? date.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : Convert.ToString(v, CultureInfo.InvariantCulture)));

    /// <summary>A shown column's first value: <see cref="AlertMatcher.ShownColumns"/> are all public.</summary>
    static object? Value(CrashHit hit, string field) =>
        AlertMatcher.ShownColumns.Contains(field) && hit.Fields.TryGetValue(field, out var values) && values.Count > 0
            ? values[0]
            : null;

    static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
