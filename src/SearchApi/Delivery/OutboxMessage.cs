namespace CrashSearch.SearchApi.Delivery;

/// <summary>A mail or a webhook call to be delivered through the <see cref="Outbox"/>.</summary>
internal sealed record OutboxMessage
{
    /// <summary>
    /// The idempotency key: enqueueing a key again stores nothing. The mail's <c>Message-ID</c> is derived from it,
    /// so that the one duplicate a crash between sending and marking as sent may cause carries the same id.
    /// </summary>
    public required string Key { get; init; }

    public required OutboxChannel Channel { get; init; }

    /// <summary>An email address, or the webhook URL.</summary>
    public required string Recipient { get; init; }

    /// <summary>What an unsubscription stops: <c>alert:&lt;id&gt;</c>, <c>campaigns</c>, ...</summary>
    public required string Topic { get; init; }

    public string Subject { get; init; } = "";

    public string TextBody { get; init; } = "";

    public string? HtmlBody { get; init; }

    /// <summary>Webhooks: the body POSTed.</summary>
    public string? JsonBody { get; init; }

    /// <summary>Webhooks: the HMAC-SHA256 key of the signature header.</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>Mails: the unsubscribe link, also sent as <c>List-Unsubscribe</c> with one-click (RFC 8058).</summary>
    public Uri? UnsubscribeUrl { get; init; }
}
