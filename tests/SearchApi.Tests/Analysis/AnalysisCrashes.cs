using CrashSearch.Indexer.Documents;

namespace CrashSearch.SearchApi.Tests.Analysis;

/// <summary>
/// Planted crashes with known answers, all within the 7 days before <see cref="Now"/>:
/// <code>
/// crashes  product      signature         modules                  cpu_arch  cpu_count  url
/// 10       Firefox      PlantedSignature  nvwgf2umx.dll, xul.dll   amd64     1..10      planted-N for even N
/// 6        Firefox      OOM | small       nvwgf2umx.dll, xul.dll   x86       4
/// 24       Firefox      OOM | small       xul.dll                  amd64     8
/// 10       Thunderbird  std::rt           nvwgf2umx.dll            amd64     2
/// </code>
/// So 100% of the planted signature has nvwgf2umx.dll against 16 of 40 (40%) Firefox crashes.
/// </summary>
internal static class AnalysisCrashes
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public const string Planted = "PlantedSignature";

    public const string Module = "nvwgf2umx.dll";

    public static IReadOnlyList<CrashDocument> All { get; } =
    [
        .. Enumerable.Range(1, 10).Select(i => Crash($"planted-{i:D2}", i, Planted, "Firefox", "amd64", i,
            [Module, "xul.dll"], i % 2 == 0 ? $"https://private.example/{i}" : null)),
        .. Enumerable.Range(1, 6).Select(i => Crash($"oom-x86-{i:D2}", i, "OOM | small", "Firefox", "x86", 4,
            [Module, "xul.dll"])),
        .. Enumerable.Range(1, 24).Select(i => Crash($"oom-{i:D2}", i, "OOM | small", "Firefox", "amd64", 8,
            ["xul.dll"])),
        .. Enumerable.Range(1, 10).Select(i => Crash($"thunderbird-{i:D2}", i, "std::rt", "Thunderbird", "amd64", 2,
            [Module])),
    ];

    static CrashDocument Crash(
        string uuid, int hoursAgo, string signature, string product, string cpu, long cpuCount, string[] modules,
        string? url = null)
    {
        var date = Now.AddHours(-hoursAgo);
        var values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal)
        {
            ["uuid"] = [uuid],
            ["date"] = [date],
            ["signature"] = [signature],
            ["product"] = [product],
            ["cpu_arch"] = [cpu],
            ["cpu_count"] = [cpuCount],
        };
        if (url is not null)
            values["url"] = [url];
        return new CrashDocument
        {
            Uuid = uuid,
            Date = date,
            Values = values,
            Frames = [.. modules.Select((module, i) => new CrashFrame(i, $"f{i}", module, $"src/{module}.cpp", 10))],
        };
    }
}
