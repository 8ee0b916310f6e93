using System.Security.Claims;

namespace CrashSearch.SearchApi.Access;

/// <summary>The id of the API key a request was authenticated with: who owns what the caller creates.</summary>
internal static class CallerKeyId
{
    /// <summary>The key id; null for an anonymous caller.</summary>
    public static string? Of(ClaimsPrincipal? user) =>
        user?.Identity?.AuthenticationType == ApiKeyAuthentication.SchemeName
            ? user.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;
}
