using CrashSearch.Indexer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrashSearch.Ingest.Hosting;

/// <summary>
/// Opens the index when the host starts, so that a bad directory fails the start instead of the first search.
/// </summary>
internal sealed class CrashIndexStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<ICrashIndex>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
