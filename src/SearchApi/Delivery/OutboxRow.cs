namespace CrashSearch.SearchApi.Delivery;

/// <summary>A row of <c>outbox</c> as Dapper reads it.</summary>
internal sealed class OutboxRow
{
    public const string Columns = "message_key AS MessageKey, channel AS Channel, recipient AS Recipient, "
        + "topic AS Topic, subject AS Subject, text_body AS TextBody, html_body AS HtmlBody, json_body AS JsonBody, "
        + "webhook_secret AS WebhookSecret, unsubscribe_url AS UnsubscribeUrl, state AS State, "
        + "queued_at AS QueuedAt, due_at AS DueAt, attempts AS Attempts, last_error AS LastError, "
        + "finished_at AS FinishedAt";

    public string MessageKey { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Recipient { get; set; } = "";
    public string Topic { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string? HtmlBody { get; set; }
    public string? JsonBody { get; set; }
    public string? WebhookSecret { get; set; }
    public string? UnsubscribeUrl { get; set; }
    public string State { get; set; } = "";
    public long QueuedAt { get; set; }
    public long DueAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public long? FinishedAt { get; set; }

    public static string Text(OutboxChannel channel) => channel.ToString().ToLowerInvariant();

    public static string Text(OutboxState state) => state.ToString().ToLowerInvariant();

    public OutboxEntry ToEntry() => new(
        new OutboxMessage
        {
            Key = MessageKey,
            Channel = Enum.Parse<OutboxChannel>(Channel, ignoreCase: true),
            Recipient = Recipient,
            Topic = Topic,
            Subject = Subject,
            TextBody = TextBody,
            HtmlBody = HtmlBody,
            JsonBody = JsonBody,
            WebhookSecret = WebhookSecret,
            UnsubscribeUrl = UnsubscribeUrl is null ? null : new Uri(UnsubscribeUrl, UriKind.Absolute),
        },
        Enum.Parse<OutboxState>(State, ignoreCase: true),
        Attempts,
        LastError,
        Time(QueuedAt),
        Time(DueAt),
        FinishedAt is { } finished ? Time(finished) : null);

    static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
