using CrashSearch.Indexer;
using CrashSearch.Ingest.Hosting;
using CrashSearch.SearchApi.Demo;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Hosting;

/// <summary>Composition of the host: where it listens, the index it serves and the demo mode.</summary>
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
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // The API's additions to the shared registration: demo mode's default directory, and what it can serve.
        services.AddSingleton<IndexOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<DataDirectoryOptions>>(
            sp => sp.GetRequiredService<IndexOptionsSetup>());
        services.AddSingleton<IValidateOptions<DataDirectoryOptions>>(
            sp => sp.GetRequiredService<IndexOptionsSetup>());
        services.AddSingleton<IValidateOptions<CrashIndexOptions>>(sp => sp.GetRequiredService<IndexOptionsSetup>());
        services.AddCrashIndex();
        services.AddDemoIngest();
        services.AddHostedService<StartupBanner>();
        return builder;
    }
}
