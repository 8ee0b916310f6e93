namespace CrashSearch.Ingest.Synthetic;

/// <summary>A processor as a crash reports it: architecture, cpu_info text and the usual core counts.</summary>
internal sealed record CpuModel(string Arch, string Info, int[] Counts)
{
    /// <summary>Whether addresses are written with 8 hex digits rather than 16.</summary>
    public bool Is32Bit => Arch is "x86" or "arm";
}
