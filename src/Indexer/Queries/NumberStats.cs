namespace CrashSearch.Indexer.Queries;

/// <summary>The answer of a <see cref="NumberStatsAggregation"/>.</summary>
/// <param name="Count">Crashes with a value of the field.</param>
/// <param name="Min">The least value; null when <paramref name="Count"/> is 0.</param>
/// <param name="Max">The greatest value; null when <paramref name="Count"/> is 0.</param>
/// <param name="Percentiles">One value per requested percentile, in the request's order; nulls when
/// <paramref name="Count"/> is 0.</param>
public sealed record NumberStats(long Count, double? Min, double? Max, IReadOnlyList<double?> Percentiles)
{
    /// <summary>
    /// The position, among <paramref name="count"/> sorted values (at least one), of the nearest-rank
    /// <paramref name="percent"/>th percentile: the least value with at least that share of the values at or below it.
    /// </summary>
    public static int NearestRank(double percent, int count) =>
        Math.Clamp((int)Math.Ceiling(percent / 100 * count) - 1, 0, count - 1);
}
