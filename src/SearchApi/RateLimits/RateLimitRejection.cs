using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.RateLimits;

/// <summary>The 429 answer: <c>Retry-After</c>, and an error in the shape of the door that was refused.</summary>
internal static class RateLimitRejection
{
    /// <summary>The GraphQL <c>extensions.code</c> of a refused request.</summary>
    public const string ErrorCode = "RATE_LIMITED";

    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var retryAfter = RetryAfterSeconds(limits.Window);
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var caller = http.User.Identity?.IsAuthenticated == true
            ? $"{limits.KeyRequests} requests per API key"
            : $"{limits.AnonymousRequests} requests per client address without an API key";
        var message = $"Too many requests: the limit is {caller} every {limits.Window.TotalSeconds:0.###} s; "
            + $"retry after {retryAfter} s.";
        JsonObject body = http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)
            ? new() { ["errors"] = new JsonArray(GraphQLError(message)) }
            : new() { ["error"] = message };
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body.ToJsonString(), cancellationToken);
    }

    static JsonObject GraphQLError(string message) =>
        new() { ["message"] = message, ["extensions"] = new JsonObject { ["code"] = ErrorCode } };

    /// <summary>
    /// The whole window and one second more. The limiter does not say how much of the window is left, and it starts
    /// windows on a 100 ms timer, so a window may end a little after it is due; a caller who waits this long passes.
    /// </summary>
    public static int RetryAfterSeconds(TimeSpan window) => (int)Math.Ceiling(window.TotalSeconds) + 1;
}
