using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.RateLimits;

/// <summary>
/// Rate limits on <c>/graphql</c> and <c>/api/*</c> through ASP.NET Core's rate limiter: a fixed window per caller
/// (<see cref="CallerPartition"/>), 429 with <c>Retry-After</c> past the limit (<see cref="RateLimitRejection"/>).
/// </summary>
internal static class ApiRateLimits
{
    public static IServiceCollection AddApiRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // A singleton, so that the container disposes the limiter (and its replenishment timer) with the host.
        services.AddSingleton(provider =>
        {
            var limits = provider.GetRequiredService<IOptions<RateLimitOptions>>().Value;
            return PartitionedRateLimiter.Create<HttpContext, string>(http => CallerPartition.For(http, limits));
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<PartitionedRateLimiter<HttpContext>>((options, limiter) =>
        {
            options.GlobalLimiter = limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RateLimitRejection.WriteAsync;
        });
        return services;
    }

    /// <summary>Adds the limiter to the pipeline: after authentication, which names the caller's key.</summary>
    public static WebApplication UseApiRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
