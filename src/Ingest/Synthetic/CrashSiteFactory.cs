using System.Text;
using static CrashSearch.Ingest.Synthetic.StackSymbol;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>Creates one crash site: its top frames for the way it crashes, and the signature Socorro would give it.</summary>
internal static class CrashSiteFactory
{
    const string RustLibrary = "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/";
    const int StackOverflowDepth = 40;

    static readonly StackSymbol[] PanicMachinery =
    [
        Gecko("RustMozCrash", "mozglue/static/rust/lib.rs"),
        Gecko("mozglue_static::panic_hook", "mozglue/static/rust/lib.rs"),
        Verbatim("std::panicking::rust_panic_with_hook", ModuleRole.Xul, RustLibrary + "std/src/panicking.rs"),
        Verbatim("std::panicking::begin_panic_handler::{closure#0}", ModuleRole.Xul, RustLibrary + "std/src/panicking.rs"),
        Verbatim("std::sys::backtrace::__rust_end_short_backtrace::<std::panicking::begin_panic_handler::{closure#0}, !>", ModuleRole.Xul, RustLibrary + "std/src/sys/backtrace.rs"),
        Verbatim("rust_begin_unwind", ModuleRole.Xul, RustLibrary + "std/src/panicking.rs"),
        Verbatim("core::panicking::panic_fmt", ModuleRole.Xul, RustLibrary + "core/src/panicking.rs"),
    ];

    static readonly Dictionary<string, StackSymbol> PanicThrowers = new(StringComparer.Ordinal)
    {
        ["core::option::unwrap_failed"] = Verbatim("core::option::unwrap_failed", ModuleRole.Xul, RustLibrary + "core/src/option.rs"),
        ["core::result::unwrap_failed"] = Verbatim("core::result::unwrap_failed", ModuleRole.Xul, RustLibrary + "core/src/result.rs"),
        ["core::panicking::panic_bounds_check"] = Verbatim("core::panicking::panic_bounds_check", ModuleRole.Xul, RustLibrary + "core/src/panicking.rs"),
        ["core::cell::panic_already_borrowed"] = Verbatim("core::cell::panic_already_borrowed", ModuleRole.Xul, RustLibrary + "core/src/cell.rs"),
    };

    static readonly StackSymbol[] OomMachinery =
    [
        Gecko("mozalloc_abort", "memory/mozalloc/mozalloc_abort.cpp", ModuleRole.Mozglue),
        Gecko("mozalloc_handle_oom(unsigned long)", "memory/mozalloc/mozalloc_oom.cpp", ModuleRole.Mozglue),
        Gecko("moz_xmalloc", "memory/mozalloc/mozalloc.cpp", ModuleRole.Mozglue),
    ];

    static readonly StackSymbol[] IpcFatalError =
    [
        Gecko("mozilla::ipc::FatalError(const char*, bool)", "ipc/glue/ProtocolUtils.cpp"),
        Gecko("mozilla::ipc::IProtocol::HandleFatalError(const char*) const", "ipc/glue/ProtocolUtils.cpp"),
    ];

    static readonly StackSymbol DebugBreak = Gecko("NS_DebugBreak", "xpcom/base/nsDebugImpl.cpp");

    static readonly StackSymbol[] AccessPrefixes =
    [
        Os("memcpy", ModuleRole.Libc),
        Gecko("arena_dalloc", "memory/build/mozjemalloc.cpp", ModuleRole.Mozglue),
        Gecko("RefPtr<mozilla::dom::Element>::~RefPtr()", "mfbt/RefPtr.h"),
    ];

    public static CrashSite Create(int rank, SymbolGroup group, ref SyntheticRandom random)
    {
        if (rank == 0)
        {
            // The most common signature on every crash dashboard: small allocations failing.
            var dom = SymbolGroups.All[0];
            return OutOfMemory(rank, dom, [dom.Symbols[0]], small: true);
        }
        var kind = ChooseKind(group, ref random);
        var top = PickDistinct(group.Symbols, kind == CrashKind.StackOverflow ? 2 : random.Next(1, 4), ref random);
        return kind switch
        {
            CrashKind.RustPanic => RustPanic(rank, group, top, ref random),
            CrashKind.OutOfMemory => OutOfMemory(rank, group, top, small: random.Chance(0.7)),
            CrashKind.Abort => Abort(rank, group, top, ref random),
            CrashKind.StackOverflow => StackOverflow(rank, group, top),
            CrashKind.Driver => Driver(rank, group, top, ref random),
            CrashKind.JavaException => JavaException(rank, group, top, ref random),
            CrashKind.MozCrash => Site(rank, group, kind, top, group.Platforms, mozCrashReason: random.Pick(CrashMessages.MozCrashReasons)),
            _ => Site(rank, group, kind, random.Chance(0.15) ? [random.Pick(AccessPrefixes), .. top] : top, group.Platforms),
        };
    }

    static CrashKind ChooseKind(SymbolGroup group, ref SyntheticRandom random)
    {
        if (group.Language == CodeLanguage.Java)
            return CrashKind.JavaException;
        var roll = random.Next(100);
        if (group.Language == CodeLanguage.Rust)
            return roll < 60 ? CrashKind.RustPanic : roll < 88 ? CrashKind.AccessViolation : CrashKind.OutOfMemory;
        var isGraphics = group.Name.StartsWith("gfx", StringComparison.Ordinal);
        var recursive = group.Name is "layout" or "js" or "dom";
        return roll switch
        {
            < 20 when isGraphics => CrashKind.Driver,
            < 25 when group.Name == "ipc" => CrashKind.Abort,
            < 3 when recursive => CrashKind.StackOverflow,
            < 50 => CrashKind.AccessViolation,
            < 72 => CrashKind.MozCrash,
            < 84 => CrashKind.OutOfMemory,
            < 88 => CrashKind.Abort,
            _ => CrashKind.AccessViolation,
        };
    }

    static CrashSite RustPanic(int rank, SymbolGroup group, StackSymbol[] top, ref SyntheticRandom random)
    {
        var (message, thrower) = random.Pick(CrashMessages.RustPanics);
        StackSymbol[] frames = thrower is null ? [.. PanicMachinery, .. top] : [.. PanicMachinery, PanicThrowers[thrower], .. top];
        return Site(rank, group, CrashKind.RustPanic, frames, group.Platforms, mozCrashReason: message);
    }

    static CrashSite OutOfMemory(int rank, SymbolGroup group, StackSymbol[] top, bool small)
    {
        StackSymbol[] frames = [.. OomMachinery, .. top];
        var signature = small ? "OOM | small" : "OOM | large | " + CrashSignature.Build(frames, Unnamed);
        return Site(rank, group, CrashKind.OutOfMemory, frames, group.Platforms, signature);
    }

    static CrashSite Abort(int rank, SymbolGroup group, StackSymbol[] top, ref SyntheticRandom random)
    {
        StackSymbol[] frames = group.Name == "ipc" ? [.. IpcFatalError, .. top] : [DebugBreak, .. top];
        return Site(rank, group, CrashKind.Abort, frames, group.Platforms, abortMessage: random.Pick(CrashMessages.AbortMessages));
    }

    static CrashSite StackOverflow(int rank, SymbolGroup group, StackSymbol[] top)
    {
        var frames = new StackSymbol[StackOverflowDepth * top.Length];
        for (var i = 0; i < frames.Length; i++)
            frames[i] = top[i % top.Length];
        return Site(rank, group, CrashKind.StackOverflow, frames, group.Platforms & PlatformFamily.Desktop);
    }

    static CrashSite Driver(int rank, SymbolGroup group, StackSymbol[] top, ref SyntheticRandom random)
    {
        var platforms = PlatformProfiles.All.Where(p => group.Platforms.HasFlag(p.Family)).ToList();
        var platform = random.Pick(platforms);
        var adapter = platform.Adapters.Next(ref random);
        var driverFrames = new StackSymbol[random.Next(2, 4)];
        for (var i = 0; i < driverFrames.Length; i++)
            driverFrames[i] = Unsymbolised(ModuleRole.GfxDriver, 0x10000 + (ulong)random.NextInt64(0, (long)adapter.Driver.Size - 0x20000));
        StackSymbol[] frames = [.. driverFrames, .. top];
        var signature = CrashSignature.Build(frames, frame => $"{adapter.Driver.FileName}@0x{frame.ModuleOffset:x}");
        return Site(rank, group, CrashKind.Driver, frames, platform.Family, signature, adapter: adapter);
    }

    static CrashSite JavaException(int rank, SymbolGroup group, StackSymbol[] top, ref SyntheticRandom random)
    {
        var (exception, message) = random.Pick(CrashMessages.JavaExceptions);
        var at = top[0];
        var file = at.FileUtf8 is null ? "Unknown Source" : Encoding.UTF8.GetString(at.FileUtf8);
        var signature = $"{exception}: {message} at {at.Function}({file})";
        return Site(rank, group, CrashKind.JavaException, top, group.Platforms, signature, javaException: exception);
    }

    static CrashSite Site(
        int rank, SymbolGroup group, CrashKind kind, StackSymbol[] frames, PlatformFamily platforms, string? signature = null,
        string? mozCrashReason = null, string? abortMessage = null, GraphicsAdapter? adapter = null, string? javaException = null) => new()
    {
        Rank = rank,
        Group = group,
        Kind = kind,
        Frames = frames,
        Platforms = platforms,
        Signature = signature ?? CrashSignature.Build(frames, Unnamed),
        MozCrashReason = mozCrashReason,
        AbortMessage = abortMessage,
        Adapter = adapter,
        JavaException = javaException,
    };

    /// <summary>Only driver sites have frames without symbols, and they name them with their own module.</summary>
    static string Unnamed(StackSymbol frame) => $"{frame.Module}@0x{frame.ModuleOffset:x}";

    static StackSymbol[] PickDistinct(StackSymbol[] symbols, int count, ref SyntheticRandom random)
    {
        count = Math.Min(count, symbols.Length);
        var start = random.Next(symbols.Length);
        var picked = new StackSymbol[count];
        for (var i = 0; i < count; i++)
            picked[i] = symbols[(start + i) % symbols.Length];
        return picked;
    }
}
