using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Access;

/// <summary>Decides a request's <see cref="CallerPermissions"/>: the one place every front door asks.</summary>
public sealed class CallerPermissionsResolver(IOptionsMonitor<AccessOptions> options)
{
    /// <summary>
    /// Socorro's header for a key, accepted on <c>/api/SuperSearch*</c> beside <c>Authorization: Bearer</c>.
    /// </summary>
    public const string TokenHeader = "Auth-Token";

    public CallerPermissions Resolve(HttpContext context) =>
        new(CallerScopes.Has(context.User, Keys.ApiKeyScopes.ReadProtected, options.CurrentValue));
}
