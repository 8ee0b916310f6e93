using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.SearchApi.Access;
using CrashSearch.SearchApi.Demo;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Hosting;

/// <summary>Composition of the host: where it listens, the index it serves, access, and the demo mode.</summary>
internal static class CrashSearchHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplicationBuilder AddCrashSearchHost(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(DefaultUrl);
        // Requests are logged only when they fail; the ingest progress and the banner stay readable.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var services = builder.Services;
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<IndexOptions>, IndexOptionsSetup>();
        services.AddSingleton<IValidateOptions<IndexOptions>, IndexOptionsSetup>();
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section);
        services.TryAddSingleton<CallerPermissionsResolver>();
        services.TryAddSingleton(FieldCatalogue.Default);
        services.TryAddSingleton(TimeProvider.System);
        // Registered once, as the interface, so the container disposes it exactly once at shutdown.
        services.AddSingleton<ICrashIndex>(OpenIndex);
        services.AddHostedService<CrashIndexStartup>();
        services.AddDemoIngest();
        services.AddHostedService<StartupBanner>();
        return builder;
    }

    static LuceneCrashIndex OpenIndex(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<IndexOptions>>().Value;
        return LuceneCrashIndex.Open(options.FullPath(), services.GetRequiredService<FieldCatalogue>(),
            new LuceneIndexOptions
            {
                ReadOnly = options.ReadOnly,
                RefreshInterval = options.RefreshInterval,
                RetentionWeeks = options.RetentionWeeks,
                Clock = services.GetRequiredService<TimeProvider>(),
            });
    }
}
