namespace CrashSearch.SearchApi.Web;

/// <summary>
/// The headers of every web UI response: a strict Content-Security-Policy (scripts and styles from this origin
/// only, no inline script or style, forms post only here, no framing), no MIME sniffing, no referrer.
/// </summary>
internal static class WebSecurity
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Secure(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
