namespace CrashSearch.Indexer;

/// <summary>
/// A write was refused because a part of the index it would touch is damaged: writing beside broken files could
/// lose crashes (Lucene drops files no commit references). Nothing of the refused batch was written.
/// </summary>
public sealed class DamagedIndexException : Exception
{
    /// <summary>Creates the exception for the damaged parts.</summary>
    public DamagedIndexException(IReadOnlyList<DamagedPartition> damaged)
        : base(Describe(damaged)) => Damaged = damaged;

    /// <summary>The damaged parts.</summary>
    public IReadOnlyList<DamagedPartition> Damaged { get; }

    static string Describe(IReadOnlyList<DamagedPartition> damaged) =>
        "the index is damaged, so nothing was written: "
        + string.Join("; ", damaged.Select(d => $"week {d.Name}: {d.Reason}"))
        + ". Repair the week (docs/ingest.md, \"Damaged weeks\"), then re-ingest it from its source.";
}
