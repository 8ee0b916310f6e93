using CrashSearch.SearchApi.Queries;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>Registers the visibility reports: top crashers, signature reports, explosive and critical crashes.
/// </summary>
internal static class VisibilityServiceCollection
{
    public static IServiceCollection AddVisibility(this IServiceCollection services)
    {
        services.AddCrashQueries();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<VisibilitySearch>();
        services.AddSingleton<TopCrashersService>();
        services.AddSingleton<SignatureReportService>();
        services.AddSingleton<ExplosiveSignaturesService>();
        services.AddSingleton<CriticalCrashesService>();
        return services;
    }
}
