using CrashSearch.SearchApi.Store;
using Dapper;
using MimeKit;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// The persistent outbox in the application store: what features enqueue (alerts, campaigns), and what
/// <c>OutboxSender</c> delivers. A message is stored before anyone tries to send it, so an SMTP outage or a
/// restart delays it and loses nothing.
/// </summary>
internal sealed class Outbox(StoreDatabase database, TimeProvider time, OutboxSignal signal, DeliveryMetrics metrics)
{
    const int MaxKeyLength = 400;

    /// <summary>Stores <paramref name="message"/> for delivery; false when a message with its key exists already.
    /// </summary>
    /// <exception cref="ArgumentException">The message cannot be delivered as it is (the reason says why).</exception>
    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Validate(message);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken);
        // ON CONFLICT ... DO NOTHING is the same on SQLite and PostgreSQL, and atomic under concurrent enqueues.
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO outbox (message_key, channel, recipient, topic, subject, text_body, html_body, json_body, "
                + "webhook_secret, unsubscribe_url, state, queued_at, due_at, attempts) "
                + "VALUES (@Key, @channel, @Recipient, @Topic, @Subject, @TextBody, @HtmlBody, @JsonBody, "
                + "@WebhookSecret, @unsubscribe, @state, @now, @now, 0) ON CONFLICT (message_key) DO NOTHING",
            new
            {
                message.Key,
                channel = OutboxRow.Text(message.Channel),
                message.Recipient,
                message.Topic,
                message.Subject,
                message.TextBody,
                message.HtmlBody,
                message.JsonBody,
                message.WebhookSecret,
                unsubscribe = message.UnsubscribeUrl?.AbsoluteUri,
                state = OutboxRow.Text(OutboxState.Pending),
                now,
            },
            cancellationToken: cancellationToken));
        if (inserted == 0)
            return false;
        metrics.Queued(message.Channel);
        signal.Raise();
        return true;
    }

    /// <summary>The message stored under <paramref name="key"/> and how far its delivery got; null when none.</summary>
    public async Task<OutboxEntry?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<OutboxRow>(new CommandDefinition(
            $"SELECT {OutboxRow.Columns} FROM outbox WHERE message_key = @key", new { key },
            cancellationToken: cancellationToken));
        return row?.ToEntry();
    }

    /// <summary>How many messages wait, and since when the oldest of them waits.</summary>
    public async Task<OutboxStatus> StatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(long Count, long? Oldest)>(new CommandDefinition(
            "SELECT COUNT(*), MIN(queued_at) FROM outbox WHERE state = @state",
            new { state = OutboxRow.Text(OutboxState.Pending) }, cancellationToken: cancellationToken));
        return new OutboxStatus(row.Count,
            row.Oldest is { } oldest ? DateTimeOffset.FromUnixTimeMilliseconds(oldest) : null);
    }

    static void Validate(OutboxMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.Key) || message.Key.Length > MaxKeyLength)
            throw new ArgumentException($"An outbox message needs a key of 1 to {MaxKeyLength} characters.");
        if (string.IsNullOrWhiteSpace(message.Topic))
            throw new ArgumentException("An outbox message needs a topic (what an unsubscription stops).");
        switch (message.Channel)
        {
            case OutboxChannel.Email when !MailboxAddress.TryParse(message.Recipient, out _)
                || !message.Recipient.Contains('@', StringComparison.Ordinal):
                throw new ArgumentException("The recipient of a mail must be an email address.");
            case OutboxChannel.Webhook when !WebhookUrls.IsAllowed(message.Recipient):
                throw new ArgumentException("The recipient of a webhook must be an absolute http or https URL.");
            case OutboxChannel.Webhook when message.JsonBody is null:
                throw new ArgumentException("A webhook message needs a JSON body.");
        }
    }
}
