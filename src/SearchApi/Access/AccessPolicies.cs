using CrashSearch.SearchApi.Keys;
using Microsoft.AspNetCore.Authorization;

namespace CrashSearch.SearchApi.Access;

/// <summary>The authorization policies: one per scope, named after it, and <see cref="Caller"/>.</summary>
internal static class AccessPolicies
{
    /// <summary>Any valid key, or anyone while <c>Access:AnonymousRead</c> is on: the door to GraphQL, whose fields
    /// then ask for their own scope.</summary>
    public const string Caller = "caller";

    public const string Read = ApiKeyScopes.Read;
    public const string ReadProtected = ApiKeyScopes.ReadProtected;
    public const string Write = ApiKeyScopes.Write;
    public const string Admin = ApiKeyScopes.Admin;

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Caller, policy => policy.AddRequirements(new ScopeRequirement(null)));
        foreach (var scope in ApiKeyScopes.All)
            options.AddPolicy(scope, policy => policy.AddRequirements(new ScopeRequirement(scope)));
    }
}
