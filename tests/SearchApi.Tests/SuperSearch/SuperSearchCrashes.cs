using CrashSearch.Indexer.Documents;

namespace CrashSearch.SearchApi.Tests.SuperSearch;

/// <summary>A handful of hand-built crashes; four in the default window before <see cref="Now"/>, one long before.</summary>
internal static class SuperSearchCrashes
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public const string SecretUrl = "https://secret.example/private-page";

    public static IReadOnlyList<CrashDocument> All { get; } =
    [
        Crash(1, new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero), "OOM | small", "Firefox", "145.0", "Windows NT", 8, startup: true,
            extra: new() { ["addons"] = ["a@example.com:1.0", "b@example.com:2.0"], ["url"] = [SecretUrl], ["email"] = ["one@example.com"], ["build_id"] = [20261101000000L] },
            frames: [new CrashFrame(0, "mozilla::dom::Element::GetAttr(int)", "xul.dll", "dom/Element.cpp", 12), new CrashFrame(1, "js::gc::Sweep", "xul.dll", null, null)]),
        Crash(2, new(2026, 11, 19, 8, 30, 0, TimeSpan.Zero), "OOM | small", "Firefox", "146.0b2", "Linux", 4, startup: false,
            extra: new() { ["url"] = ["https://secret.example/other"], ["build_id"] = [20261110000000L] }),
        Crash(3, new(2026, 11, 19, 20, 0, 0, TimeSpan.Zero), "shutdownhang | js::gc::Sweep", "Fenix", "145.0", "Android", 8, startup: false),
        Crash(4, new(2026, 11, 20, 9, 15, 0, TimeSpan.Zero), "js::gc::Sweep<T>", "Firefox", "145.0", "Windows NT", 16, startup: true),
        Crash(5, new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), "OOM | large", "Firefox", "144.0", "Windows NT", 2, startup: false),
    ];

    public static string Uuid(int n) => $"00000000-0000-4000-8000-{n:000000000000}";

    static CrashDocument Crash(int n, DateTimeOffset date, string signature, string product, string version, string platform, long cpuCount, bool startup,
        Dictionary<string, IReadOnlyList<object>>? extra = null, IReadOnlyList<CrashFrame>? frames = null)
    {
        var values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
        {
            ["signature"] = [signature],
            ["product"] = [product],
            ["version"] = [version],
            ["platform"] = [platform],
            ["cpu_count"] = [cpuCount],
            ["startup_crash"] = [startup],
        };
        foreach (var (name, value) in extra ?? [])
            values[name] = value;
        return new CrashDocument { Uuid = Uuid(n), Date = date, Values = values, Frames = frames ?? [] };
    }
}
