namespace CrashSearch.SearchApi.Visibility;

/// <summary>One signature of the top crashers of a period.</summary>
/// <param name="Rank">1 for the signature with the most crashes (ties: signature in byte order).</param>
/// <param name="Signature">The signature.</param>
/// <param name="Count">Its crashes in the period that pass the filter.</param>
/// <param name="Percent">Its share, in percent, of all crashes in the period that pass the filter.</param>
/// <param name="PreviousRank">Its rank in the preceding period of the same length; null when it had no crash then.
/// </param>
/// <param name="RankChange">PreviousRank - Rank: positive when it rose; null without a previous rank.</param>
/// <param name="Installs">Distinct installations (<c>install_time</c>) among its crashes.</param>
/// <param name="Platforms">Its crashes per platform, most first.</param>
/// <param name="StartupPercent">Share, in percent, of its crashes that were startup crashes.</param>
/// <param name="IsNew">Whether its first crash in the retention is within the period.</param>
internal sealed record TopCrasher(
    int Rank,
    string Signature,
    long Count,
    double Percent,
    int? PreviousRank,
    int? RankChange,
    long Installs,
    IReadOnlyList<PlatformCount> Platforms,
    double StartupPercent,
    bool IsNew);
