namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// The significance of a value's share differing between two sets: the two-proportion z statistic with the pooled
/// proportion, <c>(p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2))</c>. Positive when the value is over-represented in the
/// group. It grows with the set sizes, so a large difference over a handful of crashes scores lower than a small one
/// over thousands; values seen fewer than <see cref="AnalysisOptions.CorrelationMinCount"/> times are not scored.
/// </summary>
internal static class CorrelationScore
{
    public static double Z(long groupCount, long groupTotal, long referenceCount, long referenceTotal)
    {
        if (groupTotal <= 0 || referenceTotal <= 0)
            return 0;
        var p1 = (double)groupCount / groupTotal;
        var p2 = (double)referenceCount / referenceTotal;
        var pooled = (double)(groupCount + referenceCount) / (groupTotal + referenceTotal);
        var variance = pooled * (1 - pooled) * ((1.0 / groupTotal) + (1.0 / referenceTotal));
        // Every crash of both sets has the value (or none has): the shares cannot differ.
        return variance <= 0 ? 0 : (p1 - p2) / Math.Sqrt(variance);
    }
}
