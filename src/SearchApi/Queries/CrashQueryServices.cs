using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Queries;

/// <summary>
/// Registers the <see cref="CrashQueryBuilder"/> both doors build their queries with, and its
/// <see cref="SearchLimits"/>, bound from the <c>SearchLimits</c> section and validated on start.
/// </summary>
internal static class CrashQueryServices
{
    public static IServiceCollection AddCrashQueries(this IServiceCollection services)
    {
        services.TryAddSingleton(FieldCatalogue.Default);
        services.TryAddSingleton(TimeProvider.System);
        if (services.Any(s => s.ServiceType == typeof(CrashQueryBuilder)))
            return services;
        services.AddOptions<SearchLimits>()
            .Configure<IConfiguration>(LegacySearchLimitKeys.Apply)
            .BindConfiguration(SearchLimits.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider => new CrashQueryBuilder(
            provider.GetRequiredService<FieldCatalogue>(),
            provider.GetRequiredService<IOptions<SearchLimits>>().Value));
        return services;
    }
}
