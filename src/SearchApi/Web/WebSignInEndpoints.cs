using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;

namespace CrashSearch.SearchApi.Web;

/// <summary><c>/signin</c> and <c>/signout</c>: the key is checked as the authentication handler checks a header
/// key (known, not revoked, not expired) before it becomes the cookie; both forms carry an antiforgery token.
/// </summary>
internal static class WebSignInEndpoints
{
    public static IEndpointRouteBuilder MapWebSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/signin", (HttpContext http, WebCallers callers) => WebUiEndpoints.Page<SignInPage>(
            http, new { Caller = callers.Of(http), Return = LocalReturn(http.Request.Query["return"]) }))
            .ExcludeFromDescription();
        endpoints.MapPost("/signin", SignInAsync).ExcludeFromDescription().DisableAntiforgery();
        endpoints.MapPost("/signout", SignOutAsync).ExcludeFromDescription().DisableAntiforgery();
        return endpoints;
    }

    static async Task<IResult> SignInAsync(
        HttpContext http, WebCallers callers, IAntiforgery antiforgery, ApiKeyStore keys, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (await WebForms.ReadAsync(http, antiforgery) is not { } form)
            return WebForms.Forged(http);
        var back = LocalReturn(form["return"]);
        var key = await keys.FindAsync(form["key"].ToString().Trim(), cancellationToken);
        var now = time.GetUtcNow();
        if (key is null || !key.IsUsableAt(now))
        {
            var error = key is null ? "This API key is not known." : $"This API key is {key.StateAt(now)}.";
            return WebUiEndpoints.Page<SignInPage>(
                http, new { Caller = callers.Of(http), Error = error, Return = back }, 400);
        }
        WebSignIn.Write(http.Response, form["key"].ToString().Trim());
        return Results.Redirect(back);
    }

    static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (await WebForms.ReadAsync(http, antiforgery) is null)
            return WebForms.Forged(http);
        WebSignIn.Clear(http.Response);
        return Results.Redirect("/");
    }

    /// <summary>Where to go after signing in: a path on this site only, never another origin.</summary>
    static string LocalReturn(string? value) =>
        value is { Length: > 0 } path && path[0] == '/' && !path.StartsWith("//", StringComparison.Ordinal)
            && !path.StartsWith("/\\", StringComparison.Ordinal)
            ? path
            : "/";
}
