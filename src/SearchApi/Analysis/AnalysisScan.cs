using System.Diagnostics;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// Reads every crash of a query, newest first: one day of crash dates at a time, each day page by page by cursor. A
/// page's search costs in proportion to the crashes of its window, so days keep a scan of N crashes near N, where
/// cursor pages over the whole retention would cost N for every page. It hands each page to the job, reports
/// progress after each, and then pauses long enough to use at most <see cref="AnalysisOptions.MaxCpuShare"/> of a
/// core.
/// </summary>
internal static class AnalysisScan
{
    static readonly TimeSpan Slice = TimeSpan.FromDays(1);

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
        var newest = await SearchAsync(index, query with { Size = 1 }, cancellationToken);
        var oldest = await SearchAsync(index, query with { Size = 1, Sort = [new SortField("date", false)] },
            cancellationToken);
        var total = newest.Total;
        if (!await report(0, total))
            return null;
        if (total == 0)
            return 0;
        var first = DateOf(oldest.Hits[0]);
        var scanned = 0L;
        for (var end = DateOf(newest.Hits[0]).AddMilliseconds(1); end > first; end -= Slice)
        {
            var day = query with { From = Max(query.From, end - Slice), To = Min(query.To, end) };
            SearchCursor? after = null;
            while (true)
            {
                var started = Stopwatch.GetTimestamp();
                var page = await SearchAsync(index, day with { Size = settings.PageSize, After = after },
                    cancellationToken);
                consume(page.Hits);
                scanned += page.Hits.Count;
                var busy = Stopwatch.GetElapsedTime(started);
                if (!await report(scanned, Math.Max(total, scanned)))
                    return null;
                await Task.Delay(settings.PauseAfter(busy), cancellationToken);
                if (page.Hits.Count < settings.PageSize)
                    break;
                after = page.Hits[^1].Cursor;
            }
        }
        return scanned;
    }

    /// <summary>The answer of a search of the job, which fails when part of the index could not be read.</summary>
    /// <exception cref="AnalysisJobException">A part of the index could not be read: a partial result would lie.
    /// </exception>
    public static async Task<CrashSearchResult> SearchAsync(
        ICrashIndex index, CrashQuery query, CancellationToken cancellationToken)
    {
        var result = await index.SearchAsync(query, cancellationToken);
        if (result.Errors.Count > 0)
            throw new AnalysisJobException("Part of the index could not be read: " + string.Join("; ", result.Errors));
        return result;
    }

    /// <summary>The crash's date, which every scan reads (<see cref="AnalysisJobPlanner.Query"/>).</summary>
    static DateTimeOffset DateOf(CrashHit hit) => (DateTimeOffset)hit.Fields["date"][0];

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
