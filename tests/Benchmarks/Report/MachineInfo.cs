using System.Runtime.InteropServices;

namespace CrashSearch.Benchmarks.Report;

/// <summary>The machine a run measured: CPU model, cores, memory, operating system, .NET.</summary>
internal sealed record MachineInfo(string Cpu, int Cores, string Memory, string OperatingSystem, string DotNet)
{
    public static MachineInfo Current() => new(
        ProcValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Environment.ProcessorCount,
        ProcValue("/proc/meminfo", "MemTotal") is { } kb && long.TryParse(kb.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var k)
            ? $"{k / 1024.0 / 1024.0:F1} GiB" : "unknown",
        OsRelease() ?? RuntimeInformation.OSDescription,
        $"{RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier})");

    static string? ProcValue(string file, string key)
    {
        if (!File.Exists(file))
            return null;
        return File.ReadLines(file)
            .Where(l => l.StartsWith(key, StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }

    static string? OsRelease()
    {
        const string file = "/etc/os-release";
        return File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
    }
}
