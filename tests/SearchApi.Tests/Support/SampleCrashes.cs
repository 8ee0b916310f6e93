using CrashSearch.Indexer.Documents;

namespace CrashSearch.SearchApi.Tests.Support;

/// <summary>
/// Eight hand-built crashes around <see cref="Now"/>: seven in the default 7-day window, one older. Each test states
/// the expected answer from this table.
/// <code>
/// uuid      hours ago  signature                                 product      version  platform    cpu  startup  top frames
/// crash-01     1       OOM | small                               Firefox      145.0    Windows NT    8  true     js::gc::Sweep, GetAttr
/// crash-02    26       OOM | small                               Firefox      145.0    Linux         4  false    GetAttr, js::gc::Sweep
/// crash-03    50       mozilla::dom::Foo::Bar | js::gc::Sweep    Fenix        144.0    Android       8  false    js::gc::Sweep
/// crash-04     3       std::rt::lang_start                       Thunderbird  140.1    Mac OS X      2  false    lang_start closure
/// crash-05    27       OOM | large                               Firefox      146.0a1  Windows NT    -  false    (none)
/// crash-06     4       OOM | small                               Firefox      145.0    Windows NT   16  true     RtlUserThreadStart
/// crash-07    75       shutdownhang | nsThread::Shutdown         Firefox      145.0    Windows NT    8  false    nsThread::Shutdown
/// crash-08   240       OOM | small                               Firefox      145.0    Windows NT    8  false    (outside the window)
/// </code>
/// Protected values: crash-01 and crash-05 have a url, crash-01 an email and user comments.
/// </summary>
public static class SampleCrashes
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public const string ProtectedUrl = "https://private.example/tab?session=1";

    public static IReadOnlyList<CrashDocument> All { get; } =
    [
        Crash("crash-01", 1, "OOM | small", "Firefox", "145.0", "Windows NT", 8, startup: true,
            [("js::gc::Sweep", "xul.dll"), ("mozilla::dom::Element::GetAttr(int)", "xul.dll"), ("BaseThreadInitThunk", "kernel32.dll")],
            ("url", ProtectedUrl), ("email", "someone@example.com"), ("user_comments", "it crashed while typing")),
        Crash("crash-02", 26, "OOM | small", "Firefox", "145.0", "Linux", 4, startup: false,
            [("mozilla::dom::Element::GetAttr(int)", "libxul.so"), ("js::gc::Sweep", "libxul.so")]),
        Crash("crash-03", 50, "mozilla::dom::Foo::Bar | js::gc::Sweep", "Fenix", "144.0", "Android", 8, startup: false,
            [("js::gc::Sweep", "libxul.so")]),
        Crash("crash-04", 3, "std::rt::lang_start", "Thunderbird", "140.1", "Mac OS X", 2, startup: false,
            [("std::rt::lang_start::<()>::{closure#0}", "thunderbird"), ("main", "thunderbird")]),
        Crash("crash-05", 27, "OOM | large", "Firefox", "146.0a1", "Windows NT", null, startup: false, [],
            ("url", "https://other.example/")),
        Crash("crash-06", 4, "OOM | small", "Firefox", "145.0", "Windows NT", 16, startup: true,
            [("RtlUserThreadStart", "ntdll.dll")]),
        Crash("crash-07", 75, "shutdownhang | nsThread::Shutdown", "Firefox", "145.0", "Windows NT", 8, startup: false,
            [("nsThread::Shutdown", "xul.dll")], ("moz_crash_reason", "MOZ_CRASH(shutdown hang)")),
        Crash("crash-08", 240, "OOM | small", "Firefox", "145.0", "Windows NT", 8, startup: false,
            [("js::gc::Sweep", "xul.dll")]),
    ];

    /// <summary>The uuids in the default window, newest first (the default sort).</summary>
    public static readonly string[] InWindowNewestFirst = ["crash-01", "crash-04", "crash-06", "crash-02", "crash-05", "crash-03", "crash-07"];

    static CrashDocument Crash(
        string uuid, int hoursAgo, string signature, string product, string version, string platform, long? cpuCount, bool startup,
        (string Function, string Module)[] frames, params (string Field, object Value)[] more)
    {
        var date = Now.AddHours(-hoursAgo);
        var values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
        {
            ["uuid"] = [uuid],
            ["date"] = [date],
            ["signature"] = [signature],
            ["product"] = [product],
            ["version"] = [version],
            ["platform"] = [platform],
            ["startup_crash"] = [startup],
            ["build_id"] = [20261101000000L + hoursAgo],
        };
        if (cpuCount is { } cpus)
            values["cpu_count"] = [cpus];
        foreach (var (field, value) in more)
            values[field] = [value];
        return new CrashDocument
        {
            Uuid = uuid,
            Date = date,
            Values = values,
            Frames = [.. frames.Select((frame, i) => new CrashFrame(i, frame.Function, frame.Module, $"src/{frame.Module}.cpp", 10 + i))],
        };
    }
}
