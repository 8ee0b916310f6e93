namespace CrashSearch.SearchApi.Visibility;

/// <summary>A signature whose latest day is far above its own baseline, with the numbers that made it explosive.
/// </summary>
/// <param name="Signature">The signature.</param>
/// <param name="Count">Its crashes in the latest 24 hours.</param>
/// <param name="Baseline">The median of its daily counts over the baseline days.</param>
/// <param name="Spread">The robust standard deviation the score divides by (at least 1).</param>
/// <param name="Score">(count - baseline) / spread.</param>
/// <param name="DailyCounts">Its crashes on each baseline day, oldest first.</param>
/// <param name="IsNew">Whether it had no crash in the baseline days at all.</param>
internal sealed record ExplosiveSignature(
    string Signature,
    long Count,
    double Baseline,
    double Spread,
    double Score,
    IReadOnlyList<long> DailyCounts,
    bool IsNew);
