using Microsoft.Extensions.FileProviders;

namespace CrashSearch.SearchApi.GraphiQL;

/// <summary>
/// Serves GraphiQL at <c>/graphiql</c> from the build output: our page and script, and the UMD files that the build
/// copied from npm packages into <c>graphiql/vendor</c>. Nothing is loaded from a CDN and no script is inline, so
/// the page runs under a strict Content-Security-Policy. Without the vendor files the page says how to get them.
/// </summary>
internal static class GraphiQLEndpoint
{
    public const string Route = "/graphiql";

    /// <summary>The files the build copies from node_modules; the page needs every one.</summary>
    public static readonly string[] VendorFiles = ["graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"];

    const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication MapGraphiQL(this WebApplication app) =>
        app.MapGraphiQL(Path.Combine(AppContext.BaseDirectory, "graphiql"));

    /// <summary>Serves GraphiQL from <paramref name="root"/>, which holds our files and, when installed, <c>vendor/</c>.</summary>
    public static WebApplication MapGraphiQL(this WebApplication app, string root)
    {
        var files = new PhysicalFileProvider(root);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);
        var installed = VendorFiles.All(name => File.Exists(Path.Combine(root, "vendor", name)));
        var page = installed ? "index.html" : "not-installed.html";
        app.MapGet(Route, (HttpContext http) =>
        {
            Secure(http.Response);
            return Results.File(Path.Combine(root, page), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Route,
            OnPrepareResponse = context => Secure(context.Context.Response),
        });
        return app;
    }

    static void Secure(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
