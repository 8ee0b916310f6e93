namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>One call a <see cref="WebhookReceiver"/> received: the body and the headers that matter.</summary>
public sealed record ReceivedWebhook(
    string Body, string? ContentType, string? Signature, string? Timestamp, string? Delivery, int AnsweredStatus);
