using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>One group of a GROUP job: its key, its count, the distinct values and the numbers seen in it.</summary>
internal sealed class GroupStats(IReadOnlyList<string?> key, bool distinct, bool numbers)
{
    public IReadOnlyList<string?> Key { get; } = key;

    public long Count { get; set; }

    public HashSet<string>? Distinct { get; } = distinct ? new HashSet<string>(StringComparer.Ordinal) : null;

    public List<double>? Numbers { get; } = numbers ? [] : null;

    /// <summary>The nearest-rank percentile of the numbers (sorted by <see cref="Seal"/>); null when none.</summary>
    public double? Percentile(double percent)
    {
        if (Numbers is not { Count: > 0 } numbers)
            return null;
        return numbers[NumberStats.NearestRank(percent, numbers.Count)];
    }

    public double? Min => Numbers is { Count: > 0 } numbers ? numbers[0] : null;

    public double? Max => Numbers is { Count: > 0 } numbers ? numbers[^1] : null;

    public void Seal() => Numbers?.Sort();
}
