using CrashSearch.SearchApi.Visibility;

namespace CrashSearch.SearchApi.Web;

/// <summary>
/// A row of the top-crashers page: the visibility service's <see cref="TopCrasher"/>, in the public shape that a
/// Razor component (compiled public) may take.
/// </summary>
public sealed record TopCrasherRow(
    int Rank,
    string Signature,
    long Count,
    double Percent,
    int? PreviousRank,
    int? RankChange,
    long Installs,
    double StartupPercent,
    bool IsNew,
    string Platforms)
{
    internal static TopCrasherRow Of(TopCrasher crasher) => new(
        crasher.Rank, crasher.Signature, crasher.Count, crasher.Percent, crasher.PreviousRank, crasher.RankChange,
        crasher.Installs, crasher.StartupPercent, crasher.IsNew,
        string.Join(", ", crasher.Platforms.Take(3).Select(p => $"{p.Platform} {p.Count}")));
}
