namespace CrashSearch.Indexer;

/// <summary>
/// Thrown by <see cref="ICrashIndex.IndexAsync"/> when the engine refused some crashes of a batch one by one (an
/// Elasticsearch mapping error, say) after indexing the others: the caller quarantines those with the engine's
/// reason, and the rest of the batch stands.
/// </summary>
/// <param name="reasons">The engine's reason for each refused crash, by uuid.</param>
public sealed class RejectedCrashesException(IReadOnlyDictionary<string, string> reasons)
    : Exception($"The index refused {reasons.Count} crash(es): "
        + string.Join("; ", reasons.Take(3).Select(r => $"{r.Key}: {r.Value}")))
{
    /// <summary>The engine's reason for each refused crash, by uuid.</summary>
    public IReadOnlyDictionary<string, string> Reasons { get; } = reasons;
}
