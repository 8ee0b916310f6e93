using CrashSearch.Ingest;

namespace CrashSearch.SearchApi.Demo;

/// <summary>Registers the demo mode's in-process ingest (it does nothing unless <c>Demo:Enabled</c>).</summary>
internal static class DemoServiceCollection
{
    public static IServiceCollection AddDemoIngest(this IServiceCollection services)
    {
        // The quarantine follows the bound data directory, so nothing here depends on what was registered before.
        services.AddCrashIngest();
        services.AddSingleton<DemoIngest>();
        services.AddHostedService(provider => provider.GetRequiredService<DemoIngest>());
        return services;
    }
}
