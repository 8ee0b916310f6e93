namespace CrashSearch.SearchApi.Visibility;

/// <summary>What is known of one signature: when it was seen, where it crashes, its newest crashes.</summary>
/// <param name="Signature">The signature.</param>
/// <param name="FirstSeen">Its oldest crash in the retention.</param>
/// <param name="LastSeen">Its newest crash in the retention.</param>
/// <param name="From">Start of the period the counts cover.</param>
/// <param name="To">End of that period (now).</param>
/// <param name="Count">Its crashes in the period.</param>
/// <param name="ByDay">Crashes per UTC day of the period, oldest first; days without crashes are left out.</param>
/// <param name="Versions">Crashes per version, most first.</param>
/// <param name="Platforms">Crashes per platform.</param>
/// <param name="ProcessTypes">Crashes per process type.</param>
/// <param name="Channels">Crashes per release channel.</param>
/// <param name="Builds">Crashes per build id.</param>
/// <param name="Modules">Crashes per module in the crashing thread's stack.</param>
/// <param name="Addons">Crashes per add-on.</param>
/// <param name="NewestCrashes">Its newest crashes in the period, newest first.</param>
/// <param name="UserComments">
/// The newest user comments of the period; always empty for a caller without the read-protected permission.
/// </param>
internal sealed record SignatureReport(
    string Signature,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset From,
    DateTimeOffset To,
    long Count,
    IReadOnlyList<DayCount> ByDay,
    IReadOnlyList<TermCount> Versions,
    IReadOnlyList<TermCount> Platforms,
    IReadOnlyList<TermCount> ProcessTypes,
    IReadOnlyList<TermCount> Channels,
    IReadOnlyList<TermCount> Builds,
    IReadOnlyList<TermCount> Modules,
    IReadOnlyList<TermCount> Addons,
    IReadOnlyList<ReportCrash> NewestCrashes,
    IReadOnlyList<UserComment> UserComments);
