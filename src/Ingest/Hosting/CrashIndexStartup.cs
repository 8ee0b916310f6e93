using CrashSearch.Indexer;
using CrashSearch.Indexer.Elasticsearch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrashSearch.Ingest.Hosting;

/// <summary>
/// Opens the index when the host starts, so that a bad directory fails the start instead of the first search. An
/// Elasticsearch index installs its template (and, when writable, its meta index and current week) then.
/// </summary>
internal sealed class CrashIndexStartup(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<ICrashIndex>() is ElasticsearchCrashIndex cluster)
            await cluster.InstallAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
