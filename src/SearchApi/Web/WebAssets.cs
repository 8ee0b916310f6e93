using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace CrashSearch.SearchApi.Web;

/// <summary>
/// The UI's stylesheet and script, embedded in the assembly at build time: a fresh clone serves them with no
/// install step and nothing is fetched at run time. Each is served with a content hash as its ETag.
/// </summary>
internal static class WebAssets
{
    public const string Route = "/web";

    static readonly FrozenDictionary<string, (byte[] Bytes, string Type, string ETag)> Files =
        new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal)
        {
            ["site.css"] = Load("site.css", "text/css; charset=utf-8"),
            ["site.js"] = Load("site.js", "text/javascript; charset=utf-8"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapWebAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route + "/{name}", (string name, HttpContext http) =>
        {
            if (!Files.TryGetValue(name, out var file))
                return Results.NotFound();
            WebSecurity.Secure(http.Response);
            http.Response.Headers.CacheControl = "no-cache";
            var etag = new EntityTagHeaderValue(file.ETag);
            return Results.Bytes(file.Bytes, file.Type, entityTag: etag);
        }).ExcludeFromDescription();
        return endpoints;
    }

    static (byte[], string, string) Load(string name, string type)
    {
        using var stream = typeof(WebAssets).Assembly
            .GetManifestResourceStream("CrashSearch.SearchApi.Web.Assets." + name)
            ?? throw new InvalidOperationException($"The web asset {name} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        return (bytes, type, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
    }
}
