using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// Delivers the outbox: takes each due message with a lease, drops it when its recipient unsubscribed from its topic,
/// sends it (mail through the rate limit), and records the outcome. Failures are tried again with capped exponential
/// back-off; refusals are kept with their reason. Without <c>Smtp:Host</c> mail stays queued and webhooks go out.
/// </summary>
internal sealed class OutboxSender(
    OutboxLeases leases,
    Unsubscriptions unsubscriptions,
    SmtpMailer mailer,
    WebhookSender webhooks,
    OutboxSignal signal,
    DeliveryMetrics metrics,
    IOptions<SmtpOptions> smtp,
    IOptions<OutboxOptions> options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    // Unique per process and start, so that a restarted API never mistakes the leases of its previous life for its own.
    readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    readonly SlidingWindowRateLimiter _mailRate = new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = smtp.Value.MaxMessagesPerMinute,
        Window = TimeSpan.FromMinutes(1),
        SegmentsPerWindow = 6,
        QueueLimit = 1,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!smtp.Value.IsConfigured)
            SearchApiLog.MailNotConfigured(logger);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The store is down or answers oddly: nothing is lost (messages stay pending); look again later.
                SearchApiLog.OutboxCycleFailed(logger, e);
            }
            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Delivers every message that is due now; the number of messages taken.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var taken = 0;
        while (await leases.ClaimNextAsync(_owner, smtp.Value.IsConfigured, cancellationToken) is { } entry)
        {
            taken++;
            await DeliverAsync(entry, cancellationToken);
        }
        return taken;
    }

    async Task DeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var message = entry.Message;
        if (await unsubscriptions.StopsAsync(message.Recipient, message.Topic, cancellationToken))
        {
            await leases.FinishAsync(message.Key, _owner, OutboxState.Suppressed,
                "The recipient unsubscribed from this topic.", attempted: false, cancellationToken);
            metrics.Suppressed(message.Channel);
            SearchApiLog.OutboxSuppressed(logger, message.Key, message.Topic);
            return;
        }
        DeliveryResult result;
        if (message.Channel == OutboxChannel.Email)
        {
            using var permit = await _mailRate.AcquireAsync(1, cancellationToken);
            result = await mailer.SendAsync(message, cancellationToken);
        }
        else
        {
            result = await webhooks.SendAsync(message, cancellationToken);
        }
        await RecordAsync(entry, result, cancellationToken);
    }

    async Task RecordAsync(OutboxEntry entry, DeliveryResult result, CancellationToken cancellationToken)
    {
        var message = entry.Message;
        if (result.IsRetry)
        {
            var due = await leases.RetryLaterAsync(entry, _owner, result.Reason!, cancellationToken);
            metrics.Retried(message.Channel);
            SearchApiLog.OutboxRetrying(logger, message.Key, result.Kind, entry.Attempts + 1, due);
            return;
        }
        await leases.FinishAsync(message.Key, _owner, result.Outcome!.Value, result.Reason, attempted: true,
            cancellationToken);
        if (result.Outcome == OutboxState.Sent)
        {
            metrics.Sent(message.Channel);
            SearchApiLog.OutboxSent(logger, message.Key, message.Channel);
        }
        else
        {
            metrics.Failed(message.Channel);
            SearchApiLog.OutboxRefused(logger, message.Key, result.Kind);
        }
    }

    public override void Dispose()
    {
        _mailRate.Dispose();
        base.Dispose();
    }
}
