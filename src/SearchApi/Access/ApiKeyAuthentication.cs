using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrashSearch.SearchApi.Keys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Access;

/// <summary>
/// Authenticates a request by the API key in <c>Authorization: Bearer</c> (or Socorro's <c>Auth-Token</c> on
/// Socorro's own endpoints: <c>/api/SuperSearch*</c>, <c>/api/ProcessedCrash</c>).
/// No key: anonymous. A valid key: a principal with the key id as
/// <see cref="ClaimTypes.NameIdentifier"/> and one <c>scope</c> claim per scope. An unknown, expired or revoked
/// key: a failure that <see cref="AccessApplicationBuilder"/> answers 401. On the web UI's pages the key may come
/// from the sign-in cookie instead (<see cref="Web.WebSignIn"/>); a refused cookie key leaves the page anonymous.
/// </summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiKeyStore store, ApiKeyUsage usage, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Socorro's read APIs, where Socorro's clients send their key as <c>Auth-Token</c>.</summary>
    static readonly string[] SocorroPaths =
        ["/api/SuperSearch", "/api/SuperSearchUnredacted", "/api/SuperSearchFields", "/api/ProcessedCrash"];
    const string Realm = "Bearer realm=\"Crash Search\"";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey();
        var fromCookie = presented is null && Web.WebSignIn.IsWebPath(Request.Path)
            && Request.Cookies[Web.WebSignIn.CookieName] is { Length: > 0 };
        if (fromCookie)
            presented = Request.Cookies[Web.WebSignIn.CookieName];
        if (presented is null)
            return AuthenticateResult.NoResult();
        var now = time.GetUtcNow();
        var key = await store.FindAsync(presented, Context.RequestAborted);
        if (key is null || !key.IsUsableAt(now))
        {
            if (fromCookie)
            {
                Context.Items[Web.WebSignIn.RejectedItem] = true;
                return AuthenticateResult.NoResult();
            }
            return AuthenticateResult.Fail(
                key is null ? "The API key is not known." : $"The API key is {key.StateAt(now)}.");
        }
        await usage.RecordAsync(key, now, Context.RequestAborted);
        Claim[] claims = [new(ClaimTypes.NameIdentifier, key.Id), new(ClaimTypes.Name, key.Name),
            .. key.Scopes.Select(s => new Claim(CallerScopes.ClaimType, s))];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = result.Failure is null ? Realm : Realm + ", error=\"invalid_token\"";
        var message = result.Failure?.Message
            ?? "This server needs an API key: send it as Authorization: Bearer <key>.";
        await Response.WriteAsJsonAsync(new { error = message }, JsonSerializerOptions.Web, Context.RequestAborted);
    }

    string? PresentedKey()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return authorization["Bearer ".Length..].Trim() is { Length: > 0 } bearer ? bearer : null;
        if (SocorroPaths.Any(path => Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            var token = Request.Headers[CallerPermissionsResolver.TokenHeader].ToString().Trim();
            return token.Length > 0 ? token : null;
        }
        return null;
    }
}
