using CrashSearch.Indexer.Semantics;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Repairs a damaged week folder with Lucene's <see cref="CheckIndex"/>: reads every segment of the week's commit,
/// and when some are broken (a truncated or missing file), writes a new commit without them ("exorcise"). The
/// crashes of the dropped segments are gone from the index until the week is ingested again from its source.
/// </summary>
public static class LuceneWeekRepair
{
    /// <summary>
    /// Checks and, if needed, repairs week <paramref name="week"/> (<c>2026-W47</c>) of the index under
    /// <paramref name="indexDirectory"/>. Takes the directory's writer lock, so no ingest may run meanwhile; a
    /// read-only API may keep serving and picks the new commit up.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="week"/> is not an ISO week such as <c>2026-W47</c>.
    /// </exception>
    /// <exception cref="DirectoryNotFoundException">The index has no folder for the week.</exception>
    /// <exception cref="InvalidOperationException">A writer holds the index.</exception>
    public static WeekRepairResult Repair(string indexDirectory, string week)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexDirectory);
        if (!IsoWeek.TryParse(week, out var parsed))
            throw new ArgumentException($"'{week}' is not an ISO week such as 2026-W47.", nameof(week));
        var root = Path.GetFullPath(indexDirectory);
        var folder = Path.Combine(root, parsed.FolderName);
        if (!System.IO.Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The index at '{root}' has no folder for week {parsed}.");
        using var writerLock = WriterLock.Acquire(root);
        using var directory = FSDirectory.Open(folder);
        var checker = new CheckIndex(directory);
        var status = checker.DoCheckIndex();
        if (status.Clean)
            return new WeekRepairResult(parsed.FolderName, folder, WeekRepairOutcome.Intact, 0, 0);
        if (status.MissingSegments || status.CantOpenSegments || status.MissingSegmentVersion)
            return new WeekRepairResult(parsed.FolderName, folder, WeekRepairOutcome.Unrecoverable, 0, 0);
        checker.FixIndex(status);
        return new WeekRepairResult(
            parsed.FolderName, folder, WeekRepairOutcome.Repaired, status.NumBadSegments, status.TotLoseDocCount);
    }
}
