using CrashSearch.Ingest.Metrics;
using CrashSearch.SearchApi.Delivery;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace CrashSearch.SearchApi.Metrics;

/// <summary>
/// OpenTelemetry metrics in Prometheus text at <c>/metrics</c>: requests by route and status (ASP.NET Core's own
/// <c>http.server.request.duration</c>, whose count gives the rate and whose status and <c>error.type</c> tags give
/// the errors), rate-limit decisions, and the ingest counters when this process ingests (demo mode).
/// </summary>
internal static class ApiMetrics
{
    public const string Route = "/metrics";

    static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.RateLimiting",
        IngestMeter.Name,
        DeliveryMetrics.MeterName,
    ];

    public static IServiceCollection AddApiMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("crash-search-api"))
            .WithMetrics(metrics => metrics.AddMeter(Meters).AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(Route);
        return endpoints;
    }
}
