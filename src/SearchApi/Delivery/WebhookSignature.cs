using System.Security.Cryptography;
using System.Text;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// The signature of a webhook call: <c>sha256=</c> and the hex HMAC-SHA256, keyed with the webhook's secret, of
/// <c>"&lt;timestamp&gt;.&lt;body&gt;"</c>. The timestamp (Unix seconds, also sent as a header) lets a receiver refuse
/// replays of old calls.
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "X-CrashSearch-Signature";

    public const string TimestampHeader = "X-CrashSearch-Timestamp";

    public static string Compute(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }
}
