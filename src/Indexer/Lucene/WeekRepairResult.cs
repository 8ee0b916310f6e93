namespace CrashSearch.Indexer.Lucene;

/// <summary>The result of repairing one week folder.</summary>
/// <param name="Week">The week, e.g. <c>2026-W47</c>.</param>
/// <param name="Folder">The week's folder.</param>
/// <param name="Outcome">What was found and done.</param>
/// <param name="DroppedSegments">Segments removed from the week (Repaired).</param>
/// <param name="LostCrashes">Crashes those segments held, now to be ingested again (Repaired).</param>
public sealed record WeekRepairResult(
    string Week, string Folder, WeekRepairOutcome Outcome, int DroppedSegments, long LostCrashes);
