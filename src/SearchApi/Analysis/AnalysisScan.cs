using System.Diagnostics;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// Reads every crash of a query page by page (newest first, by cursor), hands each page to the job, reports progress
/// after each, and pauses after each long enough to use at most <see cref="AnalysisOptions.MaxCpuShare"/> of a core.
/// </summary>
internal static class AnalysisScan
{
    /// <summary>
    /// Scans <paramref name="query"/>; returns the crashes read, or null when <paramref name="report"/> (given the
    /// crashes read and the total) answered false: the job was cancelled.
    /// </summary>
    /// <exception cref="AnalysisJobException">A part of the index could not be read: a partial result would lie.
    /// </exception>
    public static async Task<long?> RunAsync(
        ICrashIndex index,
        CrashQuery query,
        AnalysisOptions settings,
        Action<IReadOnlyList<CrashHit>> consume,
        Func<long, long, Task<bool>> report,
        CancellationToken cancellationToken)
    {
        var scanned = 0L;
        SearchCursor? after = null;
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            var page = await index.SearchAsync(query with { Size = settings.PageSize, After = after },
                cancellationToken);
            if (page.Errors.Count > 0)
                throw new AnalysisJobException("Part of the index could not be read: " + string.Join("; ", page.Errors));
            consume(page.Hits);
            scanned += page.Hits.Count;
            var busy = Stopwatch.GetElapsedTime(started);
            if (!await report(scanned, Math.Max(page.Total, scanned)))
                return null;
            if (page.Hits.Count < settings.PageSize)
                return scanned;
            after = page.Hits[^1].Cursor;
            if (settings.MaxCpuShare < 1)
                await Task.Delay(busy * ((1 / settings.MaxCpuShare) - 1), cancellationToken);
        }
    }
}
