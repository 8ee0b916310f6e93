using System.Diagnostics.Metrics;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Ingest.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrashSearch.Ingest;

/// <summary>Registers the ingest pipeline, and optionally the worker that runs it, in a host.</summary>
public static class IngestServiceCollection
{
    /// <summary>
    /// Registers the field catalogue (unless registered), the document builder, the quarantine under
    /// <c>&lt;indexDirectory&gt;/quarantine</c>, ingest options (unless registered) and the pipeline. With a
    /// <paramref name="source"/>, also registers the <c>IngestWorker</c> hosted service (resolvable as itself,
    /// for its progress). The host registers the <see cref="Indexer.ICrashIndex"/> (writable) and logging.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="indexDirectory">The index directory; its <c>quarantine</c> folder receives bad records.</param>
    /// <param name="source">A source spec (a path, <c>-</c>, <c>synthetic:COUNT[?seed=N&amp;days=D]</c>), or null for no worker.</param>
    /// <param name="once">Stop when the source is drained; otherwise a directory source keeps watching.</param>
    /// <param name="stopApplicationWhenDone">Stop the host when the worker's run ends (command-line use).</param>
    public static IServiceCollection AddCrashIngest(
        this IServiceCollection services, string indexDirectory, string? source = null, bool once = true, bool stopApplicationWhenDone = false)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(FieldCatalogue.Default);
        services.TryAddSingleton(sp => new CrashDocumentBuilder(sp.GetRequiredService<FieldCatalogue>()));
        services.TryAddSingleton(new IngestOptions());
        services.TryAddSingleton(sp => new Quarantine(Path.Combine(indexDirectory, "quarantine"), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new IngestMetrics(sp.GetService<IMeterFactory>()));
        services.TryAddSingleton<IngestPipeline>();
        if (source is not null)
        {
            services.AddSingleton(new IngestWorkerOptions { Source = source, Once = once, StopApplicationWhenDone = stopApplicationWhenDone });
            services.AddSingleton<IngestWorker>();
            services.AddHostedService(sp => sp.GetRequiredService<IngestWorker>());
        }
        return services;
    }
}
