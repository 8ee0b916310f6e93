using CrashSearch.SearchApi.Queries;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>Registers correlations and analysis jobs: their options (checked at start) and services.</summary>
internal static class AnalysisServiceCollection
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.AddOptions<AnalysisOptions>().BindConfiguration(AnalysisOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddCrashQueries();
        services.AddSingleton<Correlator>();
        services.AddSingleton<AnalysisJobStore>();
        services.AddSingleton<AnalysisJobPlanner>();
        services.AddSingleton<AnalysisResultFiles>();
        // One instance, so that tests can run a cycle of the very worker the host runs.
        services.AddSingleton<AnalysisJobRunner>();
        services.AddHostedService(provider => provider.GetRequiredService<AnalysisJobRunner>());
        return services;
    }
}
