using CrashSearch.SearchApi.Keys;
using CrashSearch.SearchApi.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrashSearch.SearchApi.Access;

/// <summary>Registers API-key authentication, the scope policies and the application store the keys live in.</summary>
internal static class AccessServiceCollection
{
    public static IServiceCollection AddCrashSearchAccess(this IServiceCollection services)
    {
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateOnStart();
        services.AddApplicationStoreWithMigrations();
        services.AddSingleton<ApiKeyUsage>();
        services.TryAddSingleton<CallerPermissionsResolver>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorization(AccessPolicies.Add);
        // A refused key is answered 401 with the reason; one log line per refusal would only be noise.
        services.AddLogging(logging => logging.AddFilter(typeof(ApiKeyAuthentication).FullName, LogLevel.Warning));
        services.AddSingleton<IAuthorizationHandler, ScopeAuthorization>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeRefusal>();
        return services;
    }
}
