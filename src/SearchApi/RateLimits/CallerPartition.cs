using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;

namespace CrashSearch.SearchApi.RateLimits;

/// <summary>
/// Who a request counts against: its API key when authenticated (the key's id, from any address), else its client
/// address. Health, metrics and the GraphiQL files are not limited: probes and scrapers must always get through.
/// </summary>
internal static class CallerPartition
{
    static readonly PathString[] LimitedPaths = ["/graphql", "/api"];

    public static RateLimitPartition<string> For(HttpContext http, RateLimitOptions limits)
    {
        if (!limits.Enabled || !IsLimited(http.Request.Path))
            return RateLimitPartition.GetNoLimiter("");
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } key)
            return RateLimitPartition.GetFixedWindowLimiter("key:" + key, _ => Window(limits.KeyRequests, limits));
        return RateLimitPartition.GetFixedWindowLimiter(
            "address:" + Address(http), _ => Window(limits.AnonymousRequests, limits));
    }

    // Routing ignores case, so /GraphQL reaches the same endpoint and must count the same.
    static bool IsLimited(PathString path) =>
        LimitedPaths.Any(limited => path.StartsWithSegments(limited, StringComparison.OrdinalIgnoreCase));

    static string Address(HttpContext http) => http.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
        IPAddress address => address.ToString(),
    };

    // No queue: a caller over the limit is told when to come back rather than kept waiting on an open connection.
    static FixedWindowRateLimiterOptions Window(int requests, RateLimitOptions limits) => new()
    {
        PermitLimit = requests,
        Window = limits.Window,
        QueueLimit = 0,
    };
}
