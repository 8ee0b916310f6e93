namespace CrashSearch.SearchApi.Delivery;

/// <summary>How an outbox message travels.</summary>
internal enum OutboxChannel
{
    Email,
    Webhook,
}
