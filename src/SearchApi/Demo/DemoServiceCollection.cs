using CrashSearch.Ingest;
using CrashSearch.SearchApi.Hosting;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Demo;

/// <summary>Registers the demo mode's in-process ingest (it does nothing unless <c>Demo:Enabled</c>).</summary>
internal static class DemoServiceCollection
{
    public static IServiceCollection AddDemoIngest(this IServiceCollection services)
    {
        // The index directory is only known once configuration is complete (tests and --demo set it late), so the
        // quarantine is registered here from the bound options; AddCrashIngest only adds what is still missing.
        services.AddSingleton(provider => new Quarantine(
            Path.Combine(provider.GetRequiredService<IOptions<IndexOptions>>().Value.FullPath(), "quarantine"),
            provider.GetRequiredService<TimeProvider>()));
        services.AddCrashIngest(DemoOptions.DefaultIndexPath);
        services.AddSingleton<DemoIngest>();
        services.AddHostedService(provider => provider.GetRequiredService<DemoIngest>());
        return services;
    }
}
