using CrashSearch.SearchApi.Store;

namespace CrashSearch.SearchApi.Health;

/// <summary>
/// The store part of <c>/health/ready</c>: where the application store is, and why it fails to answer.
/// </summary>
internal sealed record StoreReadiness(string Provider, string Location, string? Failure)
{
    public static async Task<StoreReadiness> CheckAsync(StoreDatabase store, CancellationToken cancellationToken) =>
        new(store.Provider.ToString().ToLowerInvariant(), store.Description,
            await store.ProblemAsync(cancellationToken));
}
