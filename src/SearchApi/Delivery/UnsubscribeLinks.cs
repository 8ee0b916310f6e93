using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// Signed unsubscribe links (<c>{PublicBaseUrl}/unsubscribe?token=...</c>) that work without signing in. The token is
/// protected with ASP.NET Core Data Protection, whose keys live in the data directory, so links survive restarts.
/// </summary>
internal sealed class UnsubscribeLinks(IDataProtectionProvider protection, PublicUrls urls)
{
    // The purpose isolates these tokens from every other use of Data Protection: a token made for something else
    // never reads as an unsubscription.
    readonly IDataProtector _protector = protection.CreateProtector("CrashSearch.Delivery.Unsubscribe.v1");

    /// <summary>A link that stops <paramref name="topic"/> for <paramref name="recipient"/>; the page says it stopped
    /// <paramref name="description"/>, e.g. "alert 'OOM on release' (saved search 'OOM')".</summary>
    public Uri For(string recipient, string topic, string description)
    {
        var token = new UnsubscribeToken(Unsubscriptions.Normalize(recipient), topic, description);
        var protectedToken = _protector.Protect(JsonSerializer.Serialize(token));
        return urls.For("unsubscribe?token=" + Uri.EscapeDataString(protectedToken));
    }

    /// <summary>The token's content; null when it was not made here, was changed, or cannot be read.</summary>
    public UnsubscribeToken? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
            return null;
        try
        {
            var read = JsonSerializer.Deserialize<UnsubscribeToken>(_protector.Unprotect(token));
            return read is { Recipient.Length: > 0, Topic.Length: > 0 } ? read : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}
