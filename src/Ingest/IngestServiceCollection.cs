using System.Diagnostics.Metrics;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Ingest.Hosting;
using CrashSearch.Ingest.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrashSearch.Ingest;

/// <summary>Registers the ingest pipeline, and the <see cref="IngestRunner"/> that runs it, in a host.</summary>
public static class IngestServiceCollection
{
    /// <summary>
    /// Registers the document builder, <c>Ingest</c> options (validated on start), the quarantine under the data
    /// directory (<c>&lt;data&gt;/quarantine</c>), metrics, the pipeline and the <see cref="IngestRunner"/>. The host
    /// calls <see cref="CrashIndexServiceCollection.AddCrashIndex"/> too, for the index and the data directory.
    /// </summary>
    public static IServiceCollection AddCrashIngest(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(FieldCatalogue.Default);
        services.TryAddSingleton(sp => new CrashDocumentBuilder(sp.GetRequiredService<FieldCatalogue>()));
        services.AddOptions<IngestOptions>()
            .BindConfiguration(IngestOptions.Section)
            // Unless configured, a crash is quarantined when it is older than the weeks the index keeps. Read from
            // the section rather than the validated options, so that a bad Index section is reported once, by them.
            .Configure<IConfiguration>((ingest, configuration) =>
                ingest.RetentionWeeks ??= configuration.GetValue<int?>(
                    $"{CrashIndexOptions.Section}:{nameof(CrashIndexOptions.RetentionWeeks)}")
                    ?? new CrashIndexOptions().RetentionWeeks)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<IngestOptions>>().Value);
        services.TryAddSingleton(sp => new Quarantine(
            sp.GetRequiredService<IOptions<DataDirectoryOptions>>().Value.QuarantinePath(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new IngestMetrics(sp.GetService<IMeterFactory>()));
        services.TryAddSingleton<IngestPipeline>();
        services.TryAddSingleton(sp => new IngestRunner(
            sp.GetRequiredService<IngestPipeline>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<IngestRunner>>(), sp.GetService<IngestMetrics>()));
        return services;
    }

    /// <summary>
    /// The command line's worker: runs one source as a hosted service and stops the host when it ends.
    /// </summary>
    internal static IServiceCollection AddIngestWorker(this IServiceCollection services, IngestWorkerOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<IngestWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestWorker>());
        return services;
    }
}
