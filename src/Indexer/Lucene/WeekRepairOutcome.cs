namespace CrashSearch.Indexer.Lucene;

/// <summary>What <see cref="LuceneWeekRepair.Repair"/> found and did.</summary>
public enum WeekRepairOutcome
{
    /// <summary>Every segment of the week checked out; nothing was changed.</summary>
    Intact,

    /// <summary>The broken segments were dropped from a new commit; their crashes must be ingested again.</summary>
    Repaired,

    /// <summary>
    /// The week's commit (<c>segments_N</c>) is missing or unreadable, so no segment of it can be trusted: the folder
    /// must be deleted and the week ingested again from its source.
    /// </summary>
    Unrecoverable,
}
