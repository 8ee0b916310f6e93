namespace CrashSearch.SearchApi.Delivery;

/// <summary>
/// Wakes this process's sender when a message is enqueued, so that it goes out at once instead of at the next poll.
/// Messages enqueued by another process wait for the poll.
/// </summary>
internal sealed class OutboxSignal : IDisposable
{
    readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Raise()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised: the sender wakes once for any number of messages.
        }
    }

    /// <summary>Waits until raised or until <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
