using System.Globalization;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.SuperSearch;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>
/// The REST twins of the visibility fields, for scripts: <c>GET /api/TopCrashers</c>, <c>/api/SignatureReport</c>,
/// <c>/api/ExplosiveSignatures</c> and <c>/api/CriticalCrashes</c>. They take the GraphQL arguments as query
/// parameters (the signature report's <c>name</c> is <c>signature</c>), call the same services and write the same
/// JSON; a bad parameter is a 400 that names it, a signature without crashes a 404.
/// </summary>
internal static class VisibilityEndpoints
{
    public static IEndpointRouteBuilder MapVisibility(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Visibility");
        api.MapGet("/TopCrashers", (HttpContext context, TopCrashersService service, CancellationToken cancellation) =>
            AnswerAsync(async () => await service.TopCrashersAsync(new TopCrashersRequest(
                Text(context, "product") ?? "",
                Text(context, "version"),
                Text(context, "channel"),
                Text(context, "platform"),
                Text(context, "processType"),
                Number(context, "days", VisibilityDays.Default),
                Number(context, "first", TopCrashersRequest.DefaultFirst)), cancellation)));
        api.MapGet("/SignatureReport", (HttpContext context, SignatureReportService service,
            CallerPermissionsResolver permissions, CancellationToken cancellation) =>
            AnswerAsync(async () => await service.ReportAsync(
                Text(context, "signature") ?? "",
                Number(context, "days", VisibilityDays.Default),
                new SearchRights(permissions.Resolve(context).CanReadProtected),
                cancellation)));
        api.MapGet("/ExplosiveSignatures", (HttpContext context, ExplosiveSignaturesService service,
            CancellationToken cancellation) =>
            AnswerAsync(async () => await service.ExplosiveAsync(
                Text(context, "product") ?? "", Number(context, "days", VisibilityDays.Default), cancellation)));
        api.MapGet("/CriticalCrashes", (HttpContext context, CriticalCrashesService service,
            CancellationToken cancellation) =>
            AnswerAsync(async () => await service.CriticalAsync(
                Text(context, "product") ?? "", Number(context, "days", VisibilityDays.Default), cancellation)));
        return endpoints;
    }

    static async Task<Results<JsonHttpResult<object>, BadRequest<SuperSearchError>, NotFound<SuperSearchError>>>
        AnswerAsync(Func<Task<object?>> answer)
    {
        try
        {
            return await answer() is { } found
                ? TypedResults.Json(found, VisibilityJson.Options)
                : TypedResults.NotFound(new SuperSearchError("Parameter 'signature': no crash has this signature."));
        }
        catch (InvalidQueryException e)
        {
            return TypedResults.BadRequest(new SuperSearchError(e.Message));
        }
    }

    /// <summary>A parameter given once, or null when it is absent; an error when it is repeated.</summary>
    static string? Text(HttpContext context, string name) => context.Request.Query[name] switch
    {
        { Count: 0 } => null,
        { Count: 1 } values => values[0],
        _ => throw new InvalidQueryException(name, $"'{name}' is given more than once."),
    };

    static int Number(HttpContext context, string name, int absent) => Text(context, name) switch
    {
        null => absent,
        var text when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw new InvalidQueryException(name, $"'{name}' must be a whole number."),
    };
}
