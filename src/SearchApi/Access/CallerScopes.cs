using System.Security.Claims;
using CrashSearch.SearchApi.Keys;

namespace CrashSearch.SearchApi.Access;

/// <summary>
/// The one rule of who may do what, used by the authorization policies and by <see cref="CallerPermissionsResolver"/>:
/// a key's scopes, plus what configuration grants every caller (a key never has fewer rights than no key).
/// </summary>
internal static class CallerScopes
{
    public const string ClaimType = "scope";

    public static bool Has(ClaimsPrincipal user, string scope, AccessOptions access)
    {
        if (IsKey(user) && user.FindAll(ClaimType).Any(claim => ApiKeyScopes.Grants(claim.Value, scope)))
            return true;
        return scope switch
        {
            ApiKeyScopes.Read => access.AnonymousRead || access.AnonymousCanReadProtected,
            ApiKeyScopes.ReadProtected => access.AnonymousCanReadProtected,
            _ => false,
        };
    }

    /// <summary>
    /// Whether the caller may use the API at all: any valid key, or anyone while anonymous reading is on.
    /// </summary>
    public static bool MayCall(ClaimsPrincipal user, AccessOptions access) =>
        IsKey(user) || Has(user, ApiKeyScopes.Read, access);

    static bool IsKey(ClaimsPrincipal user) => user.Identity?.AuthenticationType == ApiKeyAuthentication.SchemeName;
}
