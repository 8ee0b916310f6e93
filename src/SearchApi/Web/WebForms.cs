using Microsoft.AspNetCore.Antiforgery;

namespace CrashSearch.SearchApi.Web;

/// <summary>Reads a posted form after checking its antiforgery token (the cookie's pair).</summary>
internal static class WebForms
{
    /// <summary>The form; null when it is not a form or its antiforgery token is missing or wrong.</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!http.Request.HasFormContentType)
            return null;
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }
        return await http.Request.ReadFormAsync(http.RequestAborted);
    }

    public static IResult Forged(HttpContext http)
    {
        WebSecurity.Secure(http.Response);
        return Results.Text("This form was not sent from this site's page (antiforgery token missing or invalid). "
            + "Reload the page and try again.", "text/plain; charset=utf-8", statusCode: 400);
    }
}
