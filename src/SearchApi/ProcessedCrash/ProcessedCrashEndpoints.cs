using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.SuperSearch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrashSearch.SearchApi.ProcessedCrash;

/// <summary>
/// <c>GET /api/ProcessedCrash/?crash_id=&lt;uuid&gt;</c>, as Socorro's: one processed crash, its protected parts
/// only for callers with the read-protected permission. It is rebuilt from the stored crash
/// (<see cref="ProcessedCrashWriter"/>); 400 without a usable <c>crash_id</c> or with another <c>datatype</c> than
/// <c>processed</c>, 404 for a crash the index does not hold.
/// </summary>
internal static class ProcessedCrashEndpoints
{
    const string CrashIdParameter = "crash_id";
    const string DatatypeParameter = "datatype";
    const string Processed = "processed";

    public static IEndpointRouteBuilder MapProcessedCrash(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api").WithTags("SuperSearch").MapGet("/ProcessedCrash", GetAsync);
        return endpoints;
    }

    static async Task<Results<FileContentHttpResult, BadRequest<SuperSearchError>, NotFound<SuperSearchError>>>
        GetAsync(
        HttpContext context,
        CallerPermissionsResolver permissions,
        ICrashIndex index,
        CrashQueryBuilder builder,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        if (Single(query[DatatypeParameter]) is { } datatype
            && !string.Equals(datatype, Processed, StringComparison.Ordinal))
        {
            return TypedResults.BadRequest(new SuperSearchError(
                $"Parameter '{DatatypeParameter}': only '{Processed}' is served here (the index holds processed "
                + "crashes, not raw crashes or minidumps)."));
        }
        if (Single(query[CrashIdParameter]) is not { Length: > 0 } crashId)
        {
            return TypedResults.BadRequest(new SuperSearchError(
                $"Parameter '{CrashIdParameter}': required, once: the id of the crash, e.g. "
                + "/api/ProcessedCrash/?crash_id=0bba929f-8721-460c-dead-a43c20071025."));
        }
        if (!IsCrashId(crashId))
        {
            return TypedResults.BadRequest(new SuperSearchError(
                $"Parameter '{CrashIdParameter}': not a crash id (letters, digits and '-', at most 64)."));
        }
        var rights = new SearchRights(permissions.Resolve(context).CanReadProtected);
        var fields = builder.Catalogue.Fields.Where(f => f.Returnable && (rights.CanReadProtected || !f.Protected));
        // One reading of the clock: two would make the window a few ticks longer than the longest allowed.
        var now = time.GetUtcNow();
        var question = new CrashQuestion
        {
            Filters = [new FieldPredicate("uuid", PredicateOperator.Exact, crashId)],
            // A little past now, so that a crash processed by a machine whose clock runs ahead is still found.
            From = now.AddDays(1 - builder.Limits.MaxWindowDays),
            To = now.AddDays(1),
            Size = 1,
            Columns = [.. fields.Where(f => f.FrameProperty is null).Select(f => f.Name)],
            IncludeFrames = true,
        };
        var (built, _) = builder.Build(question, rights, now);
        var result = await index.SearchAsync(built, cancellationToken);
        if (result.Hits.Count == 0)
        {
            var unread = result.Errors.Count == 0 ? "" : " (" + string.Join("; ", result.Errors) + ")";
            return TypedResults.NotFound(new SuperSearchError($"Crash '{crashId}' was not found{unread}."));
        }
        return TypedResults.Bytes(
            ProcessedCrashWriter.Write(result.Hits[0], builder.Catalogue, rights.CanReadProtected),
            SuperSearchEndpoints.JsonContentType);
    }

    static string? Single(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 1 ? values[0] : null;

    static bool IsCrashId(string id) =>
        id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
