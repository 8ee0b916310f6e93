namespace CrashSearch.Ingest.Synthetic;

/// <summary>Every decision about one synthetic crash, made before anything is written.</summary>
internal sealed class SyntheticCrash
{
    public required string Uuid { get; init; }

    public required DateTimeOffset Date { get; init; }

    public required ProductProfile Product { get; init; }

    public required ProductVersion Version { get; init; }

    public required DateTimeOffset BuildDate { get; init; }

    public required PlatformProfile Platform { get; init; }

    public required OsRelease Release { get; init; }

    public required CpuModel Cpu { get; init; }

    public required int CpuCount { get; init; }

    public required GraphicsAdapter Adapter { get; init; }

    public required ModuleInfo MainModule { get; init; }

    public required CrashSite Site { get; init; }

    public required string ProcessType { get; init; }

    public required string Reason { get; init; }

    public required ulong Address { get; init; }

    public required IReadOnlyList<SyntheticThread> Threads { get; init; }

    public required int CrashingThread { get; init; }

    public required long Uptime { get; init; }

    public required long InstallTime { get; init; }

    public long? LastCrash { get; init; }

    public bool? IsGarbageCollecting { get; init; }

    public required string Locale { get; init; }

    public IReadOnlyList<string> Addons { get; init; } = [];

    public MemoryMeasures? Memory { get; init; }

    public string? AndroidModel { get; init; }

    public string? Url { get; init; }

    public string? UserComments { get; init; }

    public string? Email { get; init; }

    public required int Pid { get; init; }

    public SyntheticThread Crashing => Threads[CrashingThread];

    public bool StartupCrash => Uptime < 60;
}
