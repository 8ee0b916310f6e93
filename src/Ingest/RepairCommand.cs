using CrashSearch.Indexer.Lucene;

namespace CrashSearch.Ingest;

/// <summary>
/// <c>repair --index DIR --week 2026-W47</c>: drops the broken segments of a damaged week with Lucene's CheckIndex
/// and says what to ingest again. Exit codes as the ingest's: 0 repaired or intact, 1 not repairable (the folder
/// must go), 2 bad arguments.
/// </summary>
internal static class RepairCommand
{
    public const string Usage = """
        usage: CrashSearch.Ingest repair --index DIR --week YYYY-Www

          Checks every segment of one week of the index (e.g. 2026-W47) and writes a new commit without the broken
          ones. No ingest may run on DIR meanwhile. Then ingest that week again from its source (docs/ingest.md).
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var index, out var week, out var problem))
        {
            await error.WriteLineAsync($"error: {problem}\n{Usage}");
            return IngestCommand.BadArguments;
        }
        WeekRepairResult result;
        try
        {
            result = LuceneWeekRepair.Repair(index, week);
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return IngestCommand.BadArguments;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot repair week {week} of '{index}': {e.Message}");
            return IngestCommand.CouldNotRun;
        }
        switch (result.Outcome)
        {
            case WeekRepairOutcome.Intact:
                await output.WriteLineAsync($"week {result.Week} is intact; nothing was changed.");
                return IngestCommand.Ran;
            case WeekRepairOutcome.Repaired:
                await output.WriteLineAsync(
                    $"week {result.Week} repaired: dropped {result.DroppedSegments} broken segment(s) "
                    + $"holding {result.LostCrashes} crash(es). "
                    + "Ingest that week again from its source to get them back.");
                return IngestCommand.Ran;
            default:
                await error.WriteLineAsync(
                    $"error: the commit of week {result.Week} (segments_N) is missing or unreadable, "
                    + "so nothing in it can be "
                    + $"recovered. Delete the folder '{result.Folder}' and ingest that week again from its source.");
                return IngestCommand.CouldNotRun;
        }
    }

    static bool TryParse(IReadOnlyList<string> args, out string index, out string week, out string? problem)
    {
        index = week = "";
        problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--index" when value is not null:
                    index = value;
                    i++;
                    break;
                case "--week" when value is not null:
                    week = value;
                    i++;
                    break;
                default:
                    problem = $"unknown or incomplete argument '{args[i]}'.";
                    return false;
            }
        }
        problem = index.Length == 0 ? "--index is required." : week.Length == 0 ? "--week is required." : null;
        return problem is null;
    }
}
