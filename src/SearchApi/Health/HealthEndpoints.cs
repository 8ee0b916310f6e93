using CrashSearch.Indexer;
using CrashSearch.SearchApi.Delivery;
using CrashSearch.SearchApi.Demo;
using CrashSearch.SearchApi.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Health;

/// <summary>
/// <c>/health</c> (the process answers) and <c>/health/ready</c> (the index is open and every week of it can be read,
/// the application store answers; in demo mode, how far the first-start ingest got: the API serves while it runs).
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
        ICrashIndex index, IOptions<CrashIndexOptions> options, DemoIngest demo, StoreDatabase store,
        Outbox outbox, IOptions<SmtpOptions> smtp, TimeProvider time, CancellationToken cancellationToken)
    {
        var status = await index.GetStatusAsync(cancellationToken);
        var indexReadiness = new IndexReadiness(
            options.Value.FullPath(), options.Value.ReadOnly, status.Crashes, status.RetentionWeeks,
            [.. status.Damaged.Select(d => new DamagedWeek(d.Name, d.Reason))]);
        var demoReadiness = demo.State == DemoIngestState.Off ? null : DemoReadinessOf(demo);
        var storeReadiness = await StoreReadiness.CheckAsync(store, cancellationToken);
        // Answers that leave out a damaged week, a store that does not answer (keys cannot be checked) or a failed
        // demo ingest are not what the API promises.
        var problem = !status.Ready ? "damaged"
            : storeReadiness.Failure is not null || demo.State == DemoIngestState.Failed ? "failed"
            : null;
        // Mail waiting (SMTP down, not configured) is reported and leaves the API ready: the outbox keeps it.
        var outboxReadiness = await OutboxReadiness.CheckAsync(outbox, smtp, time, cancellationToken);
        var readiness = new Readiness(
            problem ?? "ready", indexReadiness, demoReadiness, storeReadiness, outboxReadiness);
        return problem is null
            ? TypedResults.Ok(readiness)
            : TypedResults.Json(readiness, statusCode: StatusCodes.Status503ServiceUnavailable);
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
