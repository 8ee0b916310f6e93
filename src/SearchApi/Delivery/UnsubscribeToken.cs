namespace CrashSearch.SearchApi.Delivery;

/// <summary>What a signed unsubscribe link stops: <paramref name="Topic"/> for <paramref name="Recipient"/>, and
/// how the page names it.</summary>
internal sealed record UnsubscribeToken(string Recipient, string Topic, string Description);
