namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// Which webhook URLs the outbox calls: absolute http and https only (no file:, ftp:, ...). The URLs are set by the
/// owners of alerts, so the API calls whatever address they name; docs/delivery.md says what this means for SSRF.
/// </summary>
internal static class WebhookUrls
{
    public static bool IsAllowed(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
