namespace CrashSearch.Ingest.Synthetic;

/// <summary>Everything that differs between operating systems in a synthetic crash.</summary>
internal sealed class PlatformProfile
{
    public required string OsName { get; init; }

    public required PlatformFamily Family { get; init; }

    public required WeightedChoice<OsRelease> Releases { get; init; }

    public required WeightedChoice<CpuModel> Cpus { get; init; }

    public required WeightedChoice<GraphicsAdapter> Adapters { get; init; }

    /// <summary>Modules by role; the main executable comes from the product, the driver from the adapter.</summary>
    public required IReadOnlyDictionary<ModuleRole, ModuleInfo> Modules { get; init; }

    /// <summary>Frames below the Gecko main loop of the parent process, down to the process entry point.</summary>
    public required StackSymbol[] ParentMainTail { get; init; }

    /// <summary>Frames below the Gecko main loop of a child process.</summary>
    public required StackSymbol[] ChildMainTail { get; init; }

    /// <summary>Frames below every other thread's function, down to the OS thread start.</summary>
    public required StackSymbol[] ThreadTail { get; init; }

    /// <summary>Top frames of a thread blocked waiting for work.</summary>
    public required StackSymbol[] WaitHead { get; init; }

    /// <summary>The frames abort() leaves on top of the stack.</summary>
    public required StackSymbol[] AbortHead { get; init; }

    /// <summary>Where Rust's std starts a thread on this platform.</summary>
    public required StackSymbol RustThreadStart { get; init; }

    public required WeightedChoice<string> AccessViolationReasons { get; init; }

    public required string AbortReason { get; init; }

    public required string StackOverflowReason { get; init; }

    /// <summary>The reason of a deliberate crash (MOZ_CRASH, panics, OOM): an illegal or breakpoint instruction.</summary>
    public required Func<CpuModel, string> TrapReason { get; init; }

    /// <summary>Where modules are loaded (ASLR randomises above it), for 64-bit processes.</summary>
    public required ulong LoadBase { get; init; }

    /// <summary>The graphics annotations written into app_notes.</summary>
    public required string GraphicsNotes { get; init; }

    public ModuleInfo Module(ModuleRole role, ModuleInfo main, GraphicsAdapter adapter) => role switch
    {
        ModuleRole.Main => main,
        ModuleRole.GfxDriver => adapter.Driver,
        _ => Modules.TryGetValue(role, out var module) ? module : main,
    };
}
