namespace CrashSearch.SearchApi.Store;

/// <summary>Applies the store's migrations when the host starts, before the server takes requests.</summary>
internal sealed class StoreStartup(StoreDatabase database) : IHostedService
{
    // DbUp is synchronous; a start-up step runs once, so it runs on a pool thread rather than blocking the host.
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(() => StoreMigrations.Apply(database), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
