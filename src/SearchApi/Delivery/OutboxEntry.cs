namespace CrashSearch.SearchApi.Delivery;

/// <summary>A message of the outbox with its delivery state.</summary>
internal sealed record OutboxEntry(
    OutboxMessage Message, OutboxState State, int Attempts, string? LastError, DateTimeOffset QueuedAt,
    DateTimeOffset DueAt, DateTimeOffset? FinishedAt);
