namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// The top-level key <c>PublicBaseUrl</c>: the address people reach this API at, for the links in mails and
/// webhooks (a crash, a saved search, an unsubscribe page). Behind a proxy it is the proxy's address.
/// </summary>
internal sealed class PublicUrlOptions
{
    public const string Key = "PublicBaseUrl";

    public const string Default = "http://127.0.0.1:5080";

    public string PublicBaseUrl { get; set; } = Default;
}
