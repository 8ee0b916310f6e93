using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>Registers alerts: their options (checked at start), store, evaluation service and preview.</summary>
internal static class AlertServiceCollection
{
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AlertStore>();
        services.AddSingleton<AlertMatcher>();
        services.AddSingleton<AlertMessages>();
        services.AddSingleton<AlertPreviewer>();
        // One instance, so that tests can run a cycle of the very service the host runs.
        services.AddSingleton<AlertEvaluator>();
        services.AddHostedService(provider => provider.GetRequiredService<AlertEvaluator>());
        return services;
    }
}
