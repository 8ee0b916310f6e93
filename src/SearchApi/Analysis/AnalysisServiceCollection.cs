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
        return services;
    }
}
