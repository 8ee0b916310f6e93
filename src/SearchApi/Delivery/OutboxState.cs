namespace CrashSearch.SearchApi.Delivery;

/// <summary>Where a message of the outbox stands; stored as the lower-case name.</summary>
internal enum OutboxState
{
    /// <summary>Waiting to be sent, or to be tried again after a failure.</summary>
    Pending,

    Sent,

    /// <summary>Refused for good (e.g. 550 no such mailbox, a webhook's 404); kept with the reason.</summary>
    Failed,

    /// <summary>Not sent: the recipient unsubscribed from the message's topic.</summary>
    Suppressed,
}
