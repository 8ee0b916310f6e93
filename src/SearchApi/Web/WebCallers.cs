using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.Keys;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Web;

/// <summary>A page's caller, and its rights, decided by the same rules as the API's (<see cref="CallerScopes"/>).
/// </summary>
internal sealed class WebCallers(
    CallerPermissionsResolver permissions, IOptionsMonitor<AccessOptions> access, IAntiforgery antiforgery)
{
    public WebCaller Of(HttpContext context)
    {
        var user = context.User;
        var tokens = antiforgery.GetAndStoreTokens(context);
        var signedIn = user.Identity?.AuthenticationType == ApiKeyAuthentication.SchemeName;
        return new WebCaller(
            signedIn ? user.Identity!.Name ?? "key" : null,
            permissions.Resolve(context).CanReadProtected,
            CallerScopes.Has(user, ApiKeyScopes.Write, access.CurrentValue),
            tokens.FormFieldName,
            tokens.RequestToken ?? "",
            context.Items.ContainsKey(WebSignIn.RejectedItem));
    }

    public SearchRights RightsOf(HttpContext context) =>
        permissions.Resolve(context).CanReadProtected ? SearchRights.ProtectedFields : SearchRights.PublicFields;

    /// <summary>Whether the caller may read at all (a key, or anonymous reading on).</summary>
    public bool MayRead(HttpContext context) => CallerScopes.MayCall(context.User, access.CurrentValue);

    /// <summary>The key id of a signed-in caller; null when anonymous.</summary>
    public static string? KeyIdOf(HttpContext context) =>
        context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
}
