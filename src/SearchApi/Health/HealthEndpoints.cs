using CrashSearch.Indexer;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Demo;
using CrashSearch.SearchApi.Hosting;
using CrashSearch.SearchApi.Store;
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
        endpoints.MapGet("/health/ready", ReadyWithStoreAsync);
        return endpoints;
    }

    static async Task<Results<Ok<Readiness>, JsonHttpResult<Readiness>>> ReadyWithStoreAsync(
        ICrashIndex index, IOptions<IndexOptions> options, DemoIngest demo, StoreDatabase store,
        CancellationToken cancellationToken)
    {
        var storeReadiness = await StoreReadiness.CheckAsync(store, cancellationToken);
        return WithStore(Ready(index, options, demo), storeReadiness);
    }

    // The store is checked apart from the index and the demo: a store that does not answer makes the API unready.
    static Results<Ok<Readiness>, JsonHttpResult<Readiness>> WithStore(
        Results<Ok<Readiness>, JsonHttpResult<Readiness>> result, StoreReadiness store)
    {
        var (readiness, status) = result.Result switch
        {
            Ok<Readiness> ok => (ok.Value!, StatusCodes.Status200OK),
            JsonHttpResult<Readiness> json => (json.Value!, json.StatusCode ?? StatusCodes.Status200OK),
            _ => throw new InvalidOperationException("Unexpected readiness result."),
        };
        if (store.Failure is not null)
        {
            return TypedResults.Json(readiness with { Status = "failed", Store = store },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        return status == StatusCodes.Status200OK
            ? TypedResults.Ok(readiness with { Store = store })
            : TypedResults.Json(readiness with { Store = store }, statusCode: status);
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
