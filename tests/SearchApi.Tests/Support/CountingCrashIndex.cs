using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>
/// The real index, counting searches and keeping the last query, so tests can check that a request ran exactly one
/// search and what it asked; <see cref="FailWith"/> makes the next searches fail as a broken disk would.
/// </summary>
public sealed class CountingCrashIndex(ICrashIndex inner) : ICrashIndex
{
    int _searches;

    public int Searches => Volatile.Read(ref _searches);

    public CrashQuery? LastQuery { get; private set; }

    public Exception? FailWith { get; set; }

    public Task IndexAsync(IReadOnlyCollection<CrashDocument> documents, CancellationToken cancellationToken) =>
        inner.IndexAsync(documents, cancellationToken);

    public Task CommitAsync(IReadOnlyDictionary<string, string>? checkpoint, CancellationToken cancellationToken) =>
        inner.CommitAsync(checkpoint, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> ReadCheckpointAsync(CancellationToken cancellationToken) =>
        inner.ReadCheckpointAsync(cancellationToken);

    public Task<CrashIndexStatus> GetStatusAsync(CancellationToken cancellationToken) =>
        inner.GetStatusAsync(cancellationToken);

    public Task<CrashSearchResult> SearchAsync(CrashQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _searches);
        LastQuery = query;
        return FailWith is { } failure ? Task.FromException<CrashSearchResult>(failure) : inner.SearchAsync(query, cancellationToken);
    }

    public void Dispose() => inner.Dispose();
}
