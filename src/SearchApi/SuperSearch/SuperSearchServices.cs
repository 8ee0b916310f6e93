using CrashSearch.Indexer.Queries.Building;
using CrashSearch.Indexer.Queries.SuperSearch;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.Queries;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>
/// Registers what <c>/api/SuperSearch</c> needs; the host registers the <see cref="Indexer.ICrashIndex"/>.
/// </summary>
internal static class SuperSearchServices
{
    public static IServiceCollection AddSuperSearch(this IServiceCollection services)
    {
        services.AddCrashQueries();
        services.AddOptions<AccessOptions>();
        services.TryAddSingleton<CallerPermissionsResolver>();
        services.TryAddSingleton(provider => new SuperSearchParser(provider.GetRequiredService<CrashQueryBuilder>()));
        services.AddOptions<SuperSearchOptions>().BindConfiguration(SuperSearchOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SuperSearchDoor>();
        return services;
    }
}
