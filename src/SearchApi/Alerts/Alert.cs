namespace CrashSearch.SearchApi.Alerts;

/// <summary>
/// An alert on a saved search: what it watches, when it fires and who hears of it, with its evaluation state.
/// <see cref="Owner"/> is the id of the API key that created it; matching runs with that key's rights.
/// </summary>
internal sealed record Alert(
    string Id, string Owner, AlertRule Rule, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, AlertState State)
{
    /// <summary>The webhook's HMAC-SHA256 key; null without a webhook.</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>
    /// Why evaluation stopped (the owner's key was revoked, the saved search deleted); null: it runs.
    /// </summary>
    public string? PausedReason { get; init; }

    /// <summary>Set only in the answer that made the secret: it is shown once.</summary>
    public string? RevealedSecret { get; init; }

    /// <summary>What an unsubscribe link stops: this alert's mails.</summary>
    public string Topic => "alert:" + Id;

    public bool IsOwnedBy(string? caller) =>
        caller is not null && string.Equals(caller, Owner, StringComparison.Ordinal);
}
