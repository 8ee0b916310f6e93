using CrashSearch.Indexer;
using CrashSearch.SearchApi.Demo;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Health;

/// <summary>
/// <c>/health</c> (the process answers) and <c>/health/ready</c> (the index is open and every week of it can be read;
/// in demo mode, how far the first-start ingest got: the API serves while it runs).
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", () => TypedResults.Ok(new Liveness("ok")));
        endpoints.MapGet("/health/ready", Ready);
        return endpoints;
    }

    static async Task<Results<Ok<Readiness>, JsonHttpResult<Readiness>>> Ready(
        ICrashIndex index, IOptions<CrashIndexOptions> options, DemoIngest demo, CancellationToken cancellationToken)
    {
        var status = await index.GetStatusAsync(cancellationToken);
        var indexReadiness = new IndexReadiness(
            options.Value.FullPath(), options.Value.ReadOnly, status.Crashes, status.RetentionWeeks,
            [.. status.Damaged.Select(d => new DamagedWeek(d.Name, d.Reason))]);
        var demoReadiness = demo.State == DemoIngestState.Off ? null : DemoReadinessOf(demo);
        // Answers that leave out a damaged week, or a failed demo ingest, are not the data the API promises.
        if (!status.Ready)
        {
            return TypedResults.Json(
                new Readiness("damaged", indexReadiness, demoReadiness),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        return demo.State == DemoIngestState.Failed
            ? TypedResults.Json(new Readiness("failed", indexReadiness, demoReadiness), statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(new Readiness("ready", indexReadiness, demoReadiness));
    }

    static DemoReadiness DemoReadinessOf(DemoIngest demo)
    {
        var progress = demo.Progress;
        return new DemoReadiness(
            demo.State.ToString().ToLowerInvariant(),
            demo.Source,
            progress?.Ingested,
            progress?.Quarantined,
            demo.Failure);
    }
}
