namespace CrashSearch.SearchApi.Delivery;

/// <summary>The messages waiting in the outbox: how many, and when the oldest of them was queued.</summary>
internal sealed record OutboxStatus(long Pending, DateTimeOffset? OldestPendingQueuedAt);
