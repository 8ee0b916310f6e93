using CrashSearch.Indexer;
using CrashSearch.Indexer.Elasticsearch;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrashSearch.Ingest.Hosting;

/// <summary>
/// The one way a host gets its <see cref="ICrashIndex"/>: the API, the ingest command and the demo all call
/// <see cref="AddCrashIndex"/>, which binds and validates <c>Index</c> and <c>Data</c> and opens the engine
/// <c>Index:Backend</c> names when the host starts.
/// </summary>
public static class CrashIndexServiceCollection
{
    /// <summary>
    /// Reads the options <see cref="AddCrashIndex"/> registered, the chosen engine's included, so that a host can
    /// refuse bad settings with their messages before it starts anything.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is not valid; its failures say which.</exception>
    public static void CheckCrashIndexOptions(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _ = services.GetRequiredService<IOptions<DataDirectoryOptions>>().Value;
        var index = services.GetRequiredService<IOptions<CrashIndexOptions>>().Value;
        if (index.Backend == CrashIndexBackend.Elasticsearch)
            _ = services.GetRequiredService<IOptions<ElasticsearchOptions>>().Value;
    }

    /// <summary>
    /// Registers <see cref="CrashIndexOptions"/> (section <c>Index</c>) and <see cref="DataDirectoryOptions"/> (section
    /// <c>Data</c>, defaulting to <c>Index:Path</c>), both validated on start; the field catalogue and clock unless
    /// registered; the index as a singleton (the container disposes it once); and a hosted service that opens it at
    /// start. A Lucene index without a path of its own lives in the data directory.
    /// </summary>
    public static IServiceCollection AddCrashIndex(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDataDirectory();
        services.AddOptions<CrashIndexOptions>()
            .BindConfiguration(CrashIndexOptions.Section)
            .PostConfigure<IOptions<DataDirectoryOptions>>((index, data) => index.Path ??= data.Value.Path)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<CrashIndexOptions>, CrashIndexOptionsValidation>());
        // Read only when Index:Backend=Elasticsearch; checked on start then (ElasticsearchOptionsValidation).
        services.AddOptions<ElasticsearchOptions>()
            .BindConfiguration(ElasticsearchOptions.Section)
            .ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<ElasticsearchOptions>, ElasticsearchOptionsValidation>());
        services.TryAddSingleton(FieldCatalogue.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICrashIndex>(Open);
        services.AddHostedService<CrashIndexStartup>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="DataDirectoryOptions"/> (section <c>Data</c>, defaulting to <c>Index:Path</c>), validated
    /// on start, for a host that keeps data beside the index without opening it (the API's <c>keys</c> command).
    /// </summary>
    public static IServiceCollection AddDataDirectory(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DataDirectoryOptions>()
            .BindConfiguration(DataDirectoryOptions.Section)
            .Configure<IConfiguration>((data, configuration) =>
                data.Path ??= configuration[$"{CrashIndexOptions.Section}:Path"])
            .Validate(
                data => !string.IsNullOrWhiteSpace(data.Path),
                "No data directory: give --index DIR (or set Data:Path).")
            .ValidateOnStart();
        return services;
    }

    static ICrashIndex Open(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<CrashIndexOptions>>().Value;
        return options.Backend switch
        {
            CrashIndexBackend.Lucene => LuceneCrashIndex.Open(
                options.FullPath(),
                services.GetRequiredService<FieldCatalogue>(),
                new LuceneIndexOptions
                {
                    ReadOnly = options.ReadOnly,
                    RefreshInterval = options.RefreshInterval,
                    RetentionWeeks = options.RetentionWeeks,
                    WriteBufferMegabytes = options.WriteBufferMegabytes,
                    Clock = services.GetRequiredService<TimeProvider>(),
                }),
            CrashIndexBackend.Elasticsearch => ElasticsearchCrashIndex.Open(
                services.GetRequiredService<FieldCatalogue>(),
                services.GetRequiredService<IOptions<ElasticsearchOptions>>().Value,
                new CrashIndexSettings
                {
                    ReadOnly = options.ReadOnly,
                    RefreshInterval = options.RefreshInterval,
                    RetentionWeeks = options.RetentionWeeks,
                    Clock = services.GetRequiredService<TimeProvider>(),
                }),
            // Validation refuses every other value at start; this only guards a host that skipped it.
            _ => throw new NotSupportedException($"Index:Backend={options.Backend} is not built yet."),
        };
    }
}
