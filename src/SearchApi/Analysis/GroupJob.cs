using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// A GROUP job's groups: counted by the engine (<see cref="GroupCounting"/>) when its fields allow it, else by
/// reading every crash (<see cref="AnalysisScan"/> into a <see cref="GroupTable"/>). Both give the same groups.
/// </summary>
internal static class GroupJob
{
    /// <summary>
    /// The groups and the crashes they hold, or null when <paramref name="report"/> (given the crashes counted or
    /// read, and the total) answered false: the job was cancelled.
    /// </summary>
    /// <exception cref="AnalysisJobException">Part of the index could not be read, or the groups are too many.
    /// </exception>
    public static async Task<(IReadOnlyList<GroupRow> Groups, long Crashes)?> RunAsync(
        ICrashIndex index,
        CrashQuery query,
        AnalysisJobSpec spec,
        FieldCatalogue catalogue,
        AnalysisOptions settings,
        Func<long, long, Task<bool>> report,
        CancellationToken cancellationToken)
    {
        if (GroupCounting.CanCount(spec, catalogue))
            return await GroupCounting.RunAsync(index, query, spec, catalogue, settings, report,
                cancellationToken);
        var table = new GroupTable(spec, settings.MaxGroups);
        var scanned = await AnalysisScan.RunAsync(index, query, settings, table.Add, report, cancellationToken);
        return scanned is { } crashes ? (table.Sealed(), crashes) : null;
    }
}
