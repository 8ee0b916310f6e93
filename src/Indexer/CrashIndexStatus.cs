namespace CrashSearch.Indexer;

/// <summary>What an index holds and whether all of it can be searched: readiness and the demo read it.</summary>
public sealed record CrashIndexStatus
{
    /// <summary>
    /// Crashes held (committed, plus indexed but uncommitted ones in the writing process), damaged parts excepted.
    /// </summary>
    public required long Crashes { get; init; }

    /// <summary>The parts that cannot be read; the index is ready only when there are none.</summary>
    public required IReadOnlyList<DamagedPartition> Damaged { get; init; }

    /// <summary>How many ISO weeks are kept, the current one included; null keeps everything.</summary>
    public int? RetentionWeeks { get; init; }

    /// <summary>Whether searches see every crash held: no part is damaged.</summary>
    public bool Ready => Damaged.Count == 0;
}
