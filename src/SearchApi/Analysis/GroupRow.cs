namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// One group of a GROUP job's result: its key (one value per grouped field, null where its crashes have none), its
/// crashes, and the distinct count and number statistics the job asked for (null when it did not).
/// </summary>
internal sealed record GroupRow(
    IReadOnlyList<string?> Key,
    long Count,
    long? Distinct,
    double? Min,
    double? Max,
    IReadOnlyList<double?> Percentiles)
{
    /// <summary>Largest first, then by key, field by field (a null key before any value).</summary>
    public static List<GroupRow> Ordered(IEnumerable<GroupRow> groups) =>
        [.. groups.OrderByDescending(g => g.Count).ThenBy(g => g.Key, KeyOrder.Instance)];

    sealed class KeyOrder : IComparer<IReadOnlyList<string?>>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(IReadOnlyList<string?>? x, IReadOnlyList<string?>? y)
        {
            for (var i = 0; i < Math.Min(x!.Count, y!.Count); i++)
            {
                var order = string.CompareOrdinal(x[i], y[i]);
                if (order != 0)
                    return order;
            }
            return x.Count.CompareTo(y.Count);
        }
    }
}
