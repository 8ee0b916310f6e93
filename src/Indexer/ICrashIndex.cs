using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer;

/// <summary>
/// A search engine holding crash documents: the embedded Lucene index or an Elasticsearch cluster.
/// Documents are keyed by uuid, so indexing a crash again replaces it.
/// </summary>
public interface ICrashIndex : IDisposable
{
    /// <summary>
    /// Adds or replaces documents. They become durable at the next <see cref="CommitAsync"/>. Each is stamped with
    /// the time it was indexed, by the index's clock (indexing a uuid again stamps it again), which
    /// <see cref="CrashQuery.Indexed"/> asks for whatever the crash's <c>date</c>. A crash stamped at t becomes
    /// visible to searches only after the commit that holds it and a refresh (in another process following the
    /// commits: up to its refresh interval later), so a search for crashes indexed up to t may run before all of
    /// them are visible: callers that must see each crash once look back by more than that delay (docs/alerts.md).
    /// </summary>
    Task IndexAsync(IReadOnlyCollection<CrashDocument> documents, CancellationToken cancellationToken);

    /// <summary>
    /// Makes everything indexed so far durable and searchable, atomically with <paramref name="checkpoint"/>
    /// (a source position, stored with the commit; null keeps the previous one). May run while
    /// <see cref="IndexAsync"/> adds more documents (at most one commit at a time): those may or may not be part of
    /// this commit, but everything indexed before the call is.
    /// </summary>
    Task CommitAsync(IReadOnlyDictionary<string, string>? checkpoint, CancellationToken cancellationToken);

    /// <summary>The checkpoint stored by the last commit, or an empty map.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadCheckpointAsync(CancellationToken cancellationToken);

    /// <summary>
    /// How many crashes the index holds and which of its parts cannot be read (readiness). Reads every part, so a
    /// damaged one is found even when no search has touched it yet.
    /// </summary>
    Task<CrashIndexStatus> GetStatusAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Answers a query over the committed (and, in the writing process, recently indexed) documents. A part of the
    /// index that cannot be read is left out and named in <see cref="CrashSearchResult.Errors"/>, never silently.
    /// </summary>
    Task<CrashSearchResult> SearchAsync(CrashQuery query, CancellationToken cancellationToken);
}
