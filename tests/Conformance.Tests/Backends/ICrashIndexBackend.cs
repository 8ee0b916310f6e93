using CrashSearch.Indexer;

namespace CrashSearch.Conformance.Tests.Backends;

/// <summary>
/// A search engine the conformance suite runs against. Each behaviour class has one concrete subclass per backend
/// (see <c>Lucene/</c>, <c>Elasticsearch/</c>); a new engine adds its backend and a folder of those subclasses,
/// nothing else.
/// </summary>
public interface ICrashIndexBackend
{
    /// <summary>Name shown in failures.</summary>
    string Name { get; }

    /// <summary>Whether distinct counts are exact (Lucene) rather than approximate (Elasticsearch).</summary>
    bool ExactCardinality { get; }

    /// <summary>
    /// Opens an empty index for one test; <paramref name="scratchDirectory"/> is the test's own, deleted afterwards.
    /// A backend whose engine is not available here skips the test (<c>Assert.Skip</c>) with the reason.
    /// </summary>
    Task<ICrashIndex> OpenAsync(string scratchDirectory, CancellationToken cancellationToken);

    /// <summary>Removes what the test's index left outside its scratch directory (a cluster's indices).</summary>
    Task DeleteAsync(ICrashIndex index, CancellationToken cancellationToken);
}
