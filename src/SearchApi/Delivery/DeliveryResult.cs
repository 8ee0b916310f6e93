namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// How one attempt ended: sent, to be tried again later, or refused for good. <see cref="Reason"/> is kept in the
/// outbox (never a password); <see cref="Kind"/> is short and holds no address, for the log.
/// </summary>
internal sealed record DeliveryResult(OutboxState? Outcome, string Kind, string? Reason)
{
    public static readonly DeliveryResult Sent = new(OutboxState.Sent, "sent", null);

    public static DeliveryResult Retry(string kind, string reason) => new(null, kind, Trim(reason));

    public static DeliveryResult Refused(string kind, string reason) => new(OutboxState.Failed, kind, Trim(reason));

    public bool IsRetry => Outcome is null;

    static string Trim(string reason) => reason.Length <= 500 ? reason : reason[..500];
}
