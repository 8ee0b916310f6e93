namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// <c>/unsubscribe?token=</c>, reached from the link in a mail without signing in. GET only shows what the link will
/// stop, with a button, so that mail scanners that open links unsubscribe no one; POST (the button, or a mail
/// client's RFC 8058 one-click POST of <c>List-Unsubscribe=One-Click</c>) records it.
/// </summary>
internal static class UnsubscribeEndpoints
{
    public const string Route = "/unsubscribe";

    public static IEndpointRouteBuilder MapUnsubscribe(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (string? token, UnsubscribeLinks links, HttpContext context) =>
            links.Read(token) is { } read
                ? Html(context, UnsubscribePage.Confirm(read), StatusCodes.Status200OK)
                : Html(context, UnsubscribePage.Invalid(), StatusCodes.Status400BadRequest));
        endpoints.MapPost(Route, Unsubscribe).DisableAntiforgery();
        return endpoints;
    }

    static async Task<IResult> Unsubscribe(
        string? token, UnsubscribeLinks links, Unsubscriptions unsubscriptions, HttpContext context,
        ILogger<UnsubscribeLinks> logger, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } read)
            return Html(context, UnsubscribePage.Invalid(), StatusCodes.Status400BadRequest);
        await unsubscriptions.AddAsync(read.Recipient, read.Topic, cancellationToken);
        SearchApiLog.Unsubscribed(logger, read.Topic);
        return Html(context, UnsubscribePage.Done(read), StatusCodes.Status200OK);
    }

    static IResult Html(HttpContext context, string page, int status)
    {
        context.Response.Headers.ContentSecurityPolicy = UnsubscribePage.ContentSecurityPolicy;
        // The page names an address: no cache should keep it.
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(page, "text/html; charset=utf-8", statusCode: status);
    }
}
