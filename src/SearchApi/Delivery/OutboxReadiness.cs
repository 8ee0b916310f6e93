using System.Data.Common;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// The outbox part of <c>/health/ready</c>: whether mail is configured, how many messages wait and for how long.
/// It never makes the API unready: an SMTP outage only delays mail.
/// </summary>
internal sealed record OutboxReadiness(
    bool MailConfigured, long? Pending, double? OldestPendingSeconds, string? Note)
{
    public static async Task<OutboxReadiness> CheckAsync(
        Outbox outbox, IOptions<SmtpOptions> smtp, TimeProvider time, CancellationToken cancellationToken)
    {
        var configured = smtp.Value.IsConfigured;
        var note = configured ? null : "mail is not configured (no Smtp:Host): mails stay queued";
        try
        {
            var status = await outbox.StatusAsync(cancellationToken);
            var age = status.OldestPendingQueuedAt is { } oldest
                ? Math.Max(0, Math.Round((time.GetUtcNow() - oldest).TotalSeconds))
                : (double?)null;
            return new OutboxReadiness(configured, status.Pending, age, note);
        }
        catch (DbException)
        {
            // The store's own part of readiness says why it does not answer.
            return new OutboxReadiness(configured, null, null, note);
        }
    }
}
