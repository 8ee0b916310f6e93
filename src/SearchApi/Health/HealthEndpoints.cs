using CrashSearch.Indexer;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Demo;
using CrashSearch.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Health;

/// <summary>
/// <c>/health</c> (the process answers) and <c>/health/ready</c> (the index is open and searchable; in demo mode,
/// how far the first-start ingest got: the API serves while it runs).
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", () => TypedResults.Ok(new Liveness("ok")));
        endpoints.MapGet("/health/ready", Ready);
        return endpoints;
    }

    static Results<Ok<Readiness>, JsonHttpResult<Readiness>> Ready(ICrashIndex index, IOptions<IndexOptions> options, DemoIngest demo)
    {
        var crashes = index is LuceneCrashIndex lucene ? lucene.CountAll() : (long?)null;
        var indexReadiness = new IndexReadiness(options.Value.FullPath(), options.Value.ReadOnly, crashes);
        if (demo.State == DemoIngestState.Off)
            return TypedResults.Ok(new Readiness("ready", indexReadiness, null));
        var progress = demo.Progress;
        var demoReadiness = new DemoReadiness(demo.State.ToString().ToLowerInvariant(), demo.Source, progress?.Ingested, progress?.Quarantined, demo.Failure);
        // A failed demo ingest leaves an API that answers but not with the data it promised.
        return demo.State == DemoIngestState.Failed
            ? TypedResults.Json(new Readiness("failed", indexReadiness, demoReadiness), statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(new Readiness("ready", indexReadiness, demoReadiness));
    }
}
