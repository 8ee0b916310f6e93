using CrashSearch.SearchApi.Keys;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Store;

/// <summary>Registers the application store and the features kept in it.</summary>
internal static class StoreServiceCollection
{
    public static IServiceCollection AddApplicationStore(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section);
        services.AddSingleton<IPostConfigureOptions<StoreOptions>, StoreDataDirectory>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
            StoreDatabase.From(provider.GetRequiredService<IOptions<StoreOptions>>().Value));
        services.AddSingleton<ApiKeyStore>();
        return services;
    }

    /// <summary>
    /// The store and the migration of its schema at start (the API host; the `keys` command migrates itself).
    /// </summary>
    public static IServiceCollection AddApplicationStoreWithMigrations(this IServiceCollection services)
    {
        services.AddApplicationStore();
        services.AddHostedService<StoreStartup>();
        return services;
    }
}
