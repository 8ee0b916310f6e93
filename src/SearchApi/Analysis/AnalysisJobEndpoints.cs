using System.Globalization;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.SuperSearch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// <c>GET /api/AnalysisJobs/{id}/result.csv</c> and <c>result.json</c>: a succeeded job's result, for the key that
/// started it (404 for any other caller, as for a missing job; 409 while it has no result).
/// </summary>
internal static class AnalysisJobEndpoints
{
    public static string ResultPath(string id, string extension) => $"/api/AnalysisJobs/{id}/result.{extension}";

    public static IEndpointRouteBuilder MapAnalysisJobs(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/AnalysisJobs").WithTags("Analysis");
        api.MapGet("/{id}/result.csv", (string id, HttpContext context, AnalysisJobStore jobs,
                AnalysisResultFiles files, CancellationToken cancellationToken) =>
            ResultAsync(id, AnalysisResultFormat.Csv, context, jobs, files, cancellationToken));
        api.MapGet("/{id}/result.json", (string id, HttpContext context, AnalysisJobStore jobs,
                AnalysisResultFiles files, CancellationToken cancellationToken) =>
            ResultAsync(id, AnalysisResultFormat.Json, context, jobs, files, cancellationToken));
        return endpoints;
    }

    static async Task<Results<PhysicalFileHttpResult, NotFound<SuperSearchError>, Conflict<SuperSearchError>>>
        ResultAsync(
            string id, AnalysisResultFormat format, HttpContext context, AnalysisJobStore jobs,
            AnalysisResultFiles files, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(id, cancellationToken);
        if (job is null || job.Owner != CallerKeyId.Of(context.User))
            return TypedResults.NotFound(new SuperSearchError(AnalysisJobErrors.NotFoundMessage(id)));
        var path = files.Path(id, format);
        if (!job.HasResult || !File.Exists(path))
        {
            var state = job.State.ToString().ToUpperInvariant();
            return TypedResults.Conflict(new SuperSearchError(job.State == AnalysisJobState.Expired
                ? $"The result of job {id} expired at {job.ExpiresAt?.ToString("O", CultureInfo.InvariantCulture)}."
                : $"Job {id} is {state}; its result can be downloaded once it has SUCCEEDED."));
        }
        return TypedResults.PhysicalFile(path,
            format == AnalysisResultFormat.Csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
            $"analysis-{id}.{(format == AnalysisResultFormat.Csv ? "csv" : "json")}");
    }
}
