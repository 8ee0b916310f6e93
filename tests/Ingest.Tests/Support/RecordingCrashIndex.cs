using CrashSearch.Indexer;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Ingest.Tests.Support;

/// <summary>
/// An index that records what the pipeline asks of it, and can be told to fail: for batching, commit and failure
/// tests that a real index cannot stage. End-to-end tests use the Lucene index.
/// </summary>
public sealed class RecordingCrashIndex : ICrashIndex
{
    readonly Lock _gate = new();

    public List<IReadOnlyCollection<CrashDocument>> Batches { get; } = [];

    public int Commits { get; private set; }

    /// <summary>Documents indexed before the last commit.</summary>
    public int CommittedDocuments { get; private set; }

    public Exception? FailIndexWith { get; set; }

    public Exception? FailCommitWith { get; set; }

    /// <summary>Delay of each IndexAsync call, to keep a batch in flight.</summary>
    public TimeSpan IndexDelay { get; set; }

    /// <summary>Delay of each CommitAsync call, spent before it counts what it covers.</summary>
    public TimeSpan CommitDelay { get; set; }

    /// <summary>Each commit's checkpoint and the number of documents indexed when the commit was called.</summary>
    public List<(IReadOnlyDictionary<string, string>? Checkpoint, int IndexedBefore)> CommitLog { get; } = [];

    /// <summary>
    /// When set, the first commit does not finish before this many batches are indexed: a pipeline that indexes on
    /// while a commit runs gets there, one that waits for each commit before indexing never does and fails its run
    /// (after <see cref="Eventually.Limit"/>). Nothing depends on how long anything takes.
    /// </summary>
    public int FirstCommitWaitsForBatches { get; set; }

    int BatchCount
    {
        get
        {
            lock (_gate)
                return Batches.Count;
        }
    }

    public IReadOnlyList<CrashDocument> Documents
    {
        get
        {
            lock (_gate)
                return [.. Batches.SelectMany(b => b)];
        }
    }

    public async Task IndexAsync(IReadOnlyCollection<CrashDocument> documents, CancellationToken cancellationToken)
    {
        if (IndexDelay > TimeSpan.Zero)
            await Task.Delay(IndexDelay, cancellationToken);
        if (FailIndexWith is { } failure)
            throw failure;
        lock (_gate)
            Batches.Add([.. documents]);
    }

    public async Task CommitAsync(IReadOnlyDictionary<string, string>? checkpoint, CancellationToken cancellationToken)
    {
        if (FailCommitWith is { } failure)
            throw failure;
        bool first;
        lock (_gate)
        {
            CommitLog.Add((checkpoint, Batches.Sum(b => b.Count)));
            first = CommitLog.Count == 1;
        }
        if (first && FirstCommitWaitsForBatches > 0)
            await Eventually.TrueAsync(() => BatchCount >= FirstCommitWaitsForBatches,
                $"batch {FirstCommitWaitsForBatches} to be indexed while the first commit ran");
        if (CommitDelay > TimeSpan.Zero)
            await Task.Delay(CommitDelay, cancellationToken);
        lock (_gate)
        {
            Commits++;
            CommittedDocuments = CommitLog[^1].IndexedBefore;
        }
    }

    public Task<IReadOnlyDictionary<string, string>> ReadCheckpointAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    public Task<CrashIndexStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
            return Task.FromResult(new CrashIndexStatus { Crashes = CommittedDocuments, Damaged = [] });
    }

    public Task<CrashSearchResult> SearchAsync(CrashQuery query, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The recording index only records writes.");

    public void Dispose()
    {
    }
}
