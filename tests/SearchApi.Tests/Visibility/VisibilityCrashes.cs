using CrashSearch.Indexer.Documents;

namespace CrashSearch.SearchApi.Tests.Visibility;

/// <summary>
/// Planted crashes with known answers, relative to <see cref="Now"/>: Firefox top crashers over two 7-day periods,
/// Thunderbird daily counts with one rising and one new signature among steady ones, and SeaMonkey crashes of
/// every critical kind. Every product's crashes are its own, so that each report sees only its planted set.
/// </summary>
internal static class VisibilityCrashes
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public const string Top = "A | top";
    public const string Second = "B | second";
    public const string Fresh = "C | new";
    public const string Gone = "E | gone";
    public const string Comment = "it crashed when I opened a tab (comment-marker)";

    /// <summary>The oldest crash of <see cref="Top"/>, long before both periods.</summary>
    public static readonly DateTimeOffset TopFirstSeen = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<CrashDocument> All { get; } = [.. Firefox(), .. Thunderbird(), .. SeaMonkey()];

    /// <summary>
    /// Current week: A 5 (3 Windows NT, 2 Linux; installs 1,1,2,3,3; 2 startup), B 3 (Linux), C 2. Previous week:
    /// B 4, A 2, E 1. A also on <see cref="TopFirstSeen"/>, and 4 times in Fenix this week (version 146.0).
    /// </summary>
    static IEnumerable<CrashDocument> Firefox()
    {
        var n = 0;
        CrashDocument Crash(string signature, DateTimeOffset date, string product = "Firefox",
            string platform = "Windows NT", long installTime = 100, bool startup = false, string? comment = null)
        {
            var values = Values(signature, product, "content");
            values["platform"] = [platform];
            values["version"] = [product == "Firefox" ? "145.0" : "146.0"];
            values["install_time"] = [installTime];
            values["startup_crash"] = [startup];
            if (comment is not null)
                values["user_comments"] = [comment];
            return Document($"ff-{++n}", date, values);
        }

        long[] installs = [1, 1, 2, 3, 3];
        for (var i = 0; i < 5; i++)
        {
            yield return Crash(Top, Now.AddHours(-2 - i), platform: i < 3 ? "Windows NT" : "Linux",
                installTime: installs[i], startup: i < 2, comment: i < 2 ? Comment : null);
        }
        for (var i = 0; i < 3; i++)
            yield return Crash(Second, Now.AddDays(-2).AddHours(-i), platform: "Linux");
        for (var i = 0; i < 2; i++)
            yield return Crash(Fresh, Now.AddDays(-3).AddHours(-i));
        for (var i = 0; i < 4; i++)
            yield return Crash(Second, Now.AddDays(-9).AddHours(-i), platform: "Linux");
        for (var i = 0; i < 2; i++)
            yield return Crash(Top, Now.AddDays(-10).AddHours(-i));
        yield return Crash(Gone, Now.AddDays(-11));
        yield return Crash(Top, TopFirstSeen);
        for (var i = 0; i < 4; i++)
            yield return Crash(Top, Now.AddDays(-1).AddHours(-i), product: "Fenix", platform: "Android");
    }

    /// <summary>
    /// Daily counts over the 7 days before the latest 24 hours, then the latest 24 hours: Steady 10 every day and
    /// 10; Rising 2 a day, then 30; Burst none, then 15 (new and fast); Trickle none, then 5 (too few to count).
    /// </summary>
    static IEnumerable<CrashDocument> Thunderbird()
    {
        var n = 0;
        var start = Now.AddDays(-8);
        (string Signature, int PerDay, int Latest)[] series =
            [("Steady", 10, 10), ("Rising", 2, 30), ("Burst", 0, 15), ("Trickle", 0, 5)];
        foreach (var (signature, perDay, latest) in series)
        {
            for (var day = 0; day <= 7; day++)
            {
                var count = day < 7 ? perDay : latest;
                for (var i = 0; i < count; i++)
                {
                    yield return Document($"tb-{++n}", start.AddDays(day).AddMinutes(30 + i),
                        Values(signature, "Thunderbird", "content"));
                }
            }
        }
    }

    /// <summary>
    /// This week: ParentSig 5 (parent process), OOM 4, shutdown hang 3, StartupSig 2 (startup_crash), UptimeSig 1
    /// (uptime 5 s), Harmless 6 (none of the kinds); all but ParentSig in content processes.
    /// </summary>
    static IEnumerable<CrashDocument> SeaMonkey()
    {
        var n = 0;
        (string Signature, int Count, string ProcessType, bool Startup, long Uptime)[] crashes =
        [
            ("ParentSig", 5, "parent", false, 1000),
            ("OOM | small", 4, "content", false, 1000),
            ("shutdownhang | nsThread::Shutdown", 3, "content", false, 1000),
            ("StartupSig", 2, "content", true, 1000),
            ("UptimeSig", 1, "content", false, 5),
            ("Harmless", 6, "content", false, 1000),
        ];
        foreach (var (signature, count, processType, startup, uptime) in crashes)
        {
            for (var i = 0; i < count; i++)
            {
                var values = Values(signature, "SeaMonkey", processType);
                values["startup_crash"] = [startup];
                values["uptime"] = [uptime];
                yield return Document($"sm-{++n}", Now.AddDays(-1).AddMinutes(-i), values);
            }
        }
    }

    static Dictionary<string, IReadOnlyList<object>> Values(string signature, string product, string processType) =>
        new(StringComparer.Ordinal)
        {
            ["signature"] = [signature],
            ["product"] = [product],
            ["process_type"] = [processType],
        };

    static CrashDocument Document(string uuid, DateTimeOffset date, Dictionary<string, IReadOnlyList<object>> values) =>
        new() { Uuid = uuid, Date = date, Values = values };
}
