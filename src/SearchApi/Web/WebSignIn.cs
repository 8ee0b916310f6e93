namespace CrashSearch.SearchApi.Web;

/// <summary>
/// The browser's sign-in: the API key in an HttpOnly, SameSite=Strict cookie that the API key authentication reads
/// on the web UI's pages only. GraphQL and Socorro's endpoints never accept it, so a page elsewhere cannot make a
/// browser spend the key there; the UI's own forms that change state carry an antiforgery token.
/// </summary>
internal static class WebSignIn
{
    public const string CookieName = "crashsearch-key";

    /// <summary>Set on a request whose cookie key was refused: the page says so and treats the caller as anonymous.
    /// </summary>
    public const string RejectedItem = "CrashSearch.Web.KeyRejected";

    static readonly string[] Pages = ["/search", "/crash", "/signature", "/topcrashers", "/saved", "/alerts",
        "/signin", "/signout", WebAssets.Route];

    /// <summary>Whether <paramref name="path"/> is one of the web UI's, where the cookie counts.</summary>
    public static bool IsWebPath(PathString path) =>
        path == "/" || Pages.Any(page => path.StartsWithSegments(page, StringComparison.OrdinalIgnoreCase));

    public static void Write(HttpResponse response, string key) =>
        response.Cookies.Append(CookieName, key, Options(response.HttpContext.Request));

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(CookieName, Options(response.HttpContext.Request));

    static CookieOptions Options(HttpRequest request) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = "/",
        IsEssential = true,
    };
}
