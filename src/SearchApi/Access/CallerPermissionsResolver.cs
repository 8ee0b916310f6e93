using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Access;

/// <summary>Decides a request's <see cref="CallerPermissions"/>: the one place every front door asks.</summary>
public sealed class CallerPermissionsResolver(IOptionsMonitor<AccessOptions> options)
{
    public const string TokenHeader = "Auth-Token";

    public CallerPermissions Resolve(HttpContext context)
    {
        var access = options.CurrentValue;
        if (access.AnonymousCanReadProtected)
            return new CallerPermissions(CanReadProtected: true);
        var token = context.Request.Headers[TokenHeader].ToString();
        if (token.Length == 0)
            return CallerPermissions.Anonymous;
        var presented = Encoding.UTF8.GetBytes(token);
        var granted = access.ProtectedReaderTokens.Any(t => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(t), presented));
        return new CallerPermissions(granted);
    }
}
