using CrashSearch.Indexer;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Hosting;

/// <summary>Prints where to find the web UI, GraphQL, GraphiQL, SuperSearch and health once the server listens.
/// </summary>
internal sealed class StartupBanner(
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<CrashIndexOptions> index,
    IOptions<DemoOptions> demo,
    ILogger<StartupBanner> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    void Print()
    {
        // The test server has no addresses; there is nothing to print then.
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var mode = demo.Value.Enabled ? "demo" : index.Value.ReadOnly ? "read-only" : "writable";
        foreach (var address in addresses)
            SearchApiLog.Serving(logger, index.Value.FullPath(), mode, address.TrimEnd('/'));
    }
}
