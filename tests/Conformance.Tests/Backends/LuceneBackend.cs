using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;

namespace CrashSearch.Conformance.Tests.Backends;

/// <summary>The embedded Lucene.Net index in the test's scratch directory, refreshed on every search.</summary>
public sealed class LuceneBackend : ICrashIndexBackend
{
    public string Name => "Lucene";

    public bool ExactCardinality => true;

    public Task<ICrashIndex> OpenAsync(string scratchDirectory, CancellationToken cancellationToken) =>
        Task.FromResult<ICrashIndex>(LuceneCrashIndex.Open(
            Path.Combine(scratchDirectory, "index"), FieldCatalogue.Default,
                new LuceneIndexOptions { RefreshInterval = TimeSpan.Zero }));

    /// <summary>Everything is in the scratch directory.</summary>
    public Task DeleteAsync(ICrashIndex index, CancellationToken cancellationToken) => Task.CompletedTask;
}
