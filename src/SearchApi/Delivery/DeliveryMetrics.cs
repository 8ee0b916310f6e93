using System.Diagnostics.Metrics;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// The outbox numbers, meter <c>CrashSearch.Delivery</c>: messages queued, sent, retried, failed for good and
/// suppressed, by channel. Never an address, subject or body.
/// </summary>
internal sealed class DeliveryMetrics
{
    public const string MeterName = "CrashSearch.Delivery";

    // A meter from IMeterFactory belongs to the factory, which disposes of it with the container.
    readonly Meter _meter;
    readonly Counter<long> _queued;
    readonly Counter<long> _sent;
    readonly Counter<long> _retried;
    readonly Counter<long> _failed;
    readonly Counter<long> _suppressed;

    public DeliveryMetrics(IMeterFactory? factory = null)
    {
        _meter = factory?.Create(MeterName) ?? new Meter(MeterName);
        var meter = _meter;
        _queued = meter.CreateCounter<long>("crashsearch.outbox.queued", "{message}", "Messages enqueued.");
        _sent = meter.CreateCounter<long>("crashsearch.outbox.sent", "{message}", "Messages delivered.");
        _retried = meter.CreateCounter<long>("crashsearch.outbox.retried", "{attempt}",
            "Failed attempts that will be tried again (SMTP or receiver down, 4xx SMTP replies, 429, 5xx).");
        _failed = meter.CreateCounter<long>("crashsearch.outbox.failed", "{message}",
            "Messages refused for good (e.g. 550 no such mailbox); kept in the outbox with the reason.");
        _suppressed = meter.CreateCounter<long>("crashsearch.outbox.suppressed", "{message}",
            "Messages not sent because the recipient unsubscribed from their topic.");
    }

    public void Queued(OutboxChannel channel) => _queued.Add(1, Tag(channel));

    public void Sent(OutboxChannel channel) => _sent.Add(1, Tag(channel));

    public void Retried(OutboxChannel channel) => _retried.Add(1, Tag(channel));

    public void Failed(OutboxChannel channel) => _failed.Add(1, Tag(channel));

    public void Suppressed(OutboxChannel channel) => _suppressed.Add(1, Tag(channel));

    static KeyValuePair<string, object?> Tag(OutboxChannel channel) => new("channel", OutboxRow.Text(channel));
}
