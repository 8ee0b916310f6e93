using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Access;

/// <summary>Meets a <see cref="ScopeRequirement"/> by <see cref="CallerScopes"/>.</summary>
internal sealed class ScopeAuthorization(IOptionsMonitor<AccessOptions> options)
    : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        var access = options.CurrentValue;
        var met = requirement.Scope is { } scope
            ? CallerScopes.Has(context.User, scope, access)
            : CallerScopes.MayCall(context.User, access);
        if (met)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
