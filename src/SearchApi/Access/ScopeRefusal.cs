using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CrashSearch.SearchApi.Access;

/// <summary>Answers a key that lacks a scope with 403 and a body naming the scope, instead of an empty 403.</summary>
internal sealed class ScopeRefusal : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(
        RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        var missing = result.AuthorizationFailure?.FailedRequirements
            .OfType<ScopeRequirement>().FirstOrDefault()?.Scope;
        if (!result.Forbidden || missing is null)
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.Response.WriteAsJsonAsync(new { error = $"This API key does not have the '{missing}' scope." },
            JsonSerializerOptions.Web, context.RequestAborted);
    }
}
