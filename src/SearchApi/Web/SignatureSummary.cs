using CrashSearch.SearchApi.Visibility;

namespace CrashSearch.SearchApi.Web;

/// <summary>
/// The signature page's report: the visibility service's <see cref="SignatureReport"/> in the public shape that a
/// Razor component (compiled public) may take. Comments are there only for callers with the read-protected right.
/// </summary>
public sealed record SignatureSummary(
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    int Days,
    long Count,
    IReadOnlyList<(string Title, IReadOnlyList<(string Term, long Count)> Terms)> Tables,
    IReadOnlyList<(string Uuid, DateTimeOffset Date, string Comment)> Comments)
{
    internal static SignatureSummary Of(SignatureReport report, int days) => new(
        report.FirstSeen, report.LastSeen, days, report.Count,
        [
            ("Versions", Terms(report.Versions)),
            ("Platforms", Terms(report.Platforms)),
            ("Process types", Terms(report.ProcessTypes)),
            ("Release channels", Terms(report.Channels)),
            ("Builds", Terms(report.Builds)),
            ("Modules in the stack", Terms(report.Modules)),
            ("Add-ons", Terms(report.Addons)),
        ],
        [.. report.UserComments.Select(c => (c.Uuid, c.Date, c.Comment))]);

    static IReadOnlyList<(string Term, long Count)> Terms(IReadOnlyList<TermCount> counts) =>
        [.. counts.Select(c => (c.Term, c.Count))];
}
