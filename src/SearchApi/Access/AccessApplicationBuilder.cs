using Microsoft.AspNetCore.Authentication;

namespace CrashSearch.SearchApi.Access;

/// <summary>The request pipeline's access steps.</summary>
internal static class AccessApplicationBuilder
{
    /// <summary>
    /// Refuses a presented key that is unknown, expired or revoked with 401 (even where anonymous callers are
    /// welcome: a caller who sent a key expects it to count), then authorizes. It follows <c>UseAuthentication</c>,
    /// with the rate limiter between them, so that callers sending bad keys are counted too (by their address).
    /// </summary>
    public static IApplicationBuilder UseCrashSearchAccess(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            // The handler keeps its result for the request: this is the same lookup UseAuthentication made.
            var result = await context.AuthenticateAsync(ApiKeyAuthentication.SchemeName);
            if (result.Failure is not null)
            {
                await context.ChallengeAsync(ApiKeyAuthentication.SchemeName);
                return;
            }
            await next(context);
        });
        app.UseAuthorization();
        return app;
    }
}
