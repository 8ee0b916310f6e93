using static CrashSearch.Ingest.Synthetic.StackSymbol;

namespace CrashSearch.Ingest.Synthetic;

/// <summary>The four operating systems synthetic crashes come from, with their modules, stacks and reasons.</summary>
internal static class PlatformProfiles
{
    public static readonly PlatformProfile Windows = new()
    {
        OsName = "Windows NT",
        Family = PlatformFamily.Windows,
        Releases = new([
            (new OsRelease("10.0.19045", "Windows 10"), 45),
            (new OsRelease("10.0.22631", "Windows 11"), 25),
            (new OsRelease("10.0.26100", "Windows 11"), 22),
            (new OsRelease("6.1.7601 Service Pack 1", "Windows 7"), 5),
            (new OsRelease("6.3.9600", "Windows 8.1"), 3),
        ]),
        Cpus = new([
            (new CpuModel("amd64", "GenuineIntel family 6 model 154 stepping 3", [8, 12, 16]), 40),
            (new CpuModel("amd64", "AuthenticAMD family 25 model 80 stepping 0", [8, 12, 16]), 28),
            (new CpuModel("amd64", "GenuineIntel family 6 model 142 stepping 10", [4, 8]), 20),
            (new CpuModel("x86", "GenuineIntel family 6 model 58 stepping 9", [2, 4]), 8),
            (new CpuModel("arm64", "ARM family 8 model 1 stepping 0", [8, 12]), 4),
        ]),
        Adapters = new([
            (new GraphicsAdapter("0x10de", "0x2484", "32.0.15.6094", new ModuleInfo("nvwgf2umx.dll", "nvwgf2umx.pdb", hasSymbols: false, size: 0x3000000, version: "32.0.15.6094")), 35),
            (new GraphicsAdapter("0x8086", "0x9a49", "31.0.101.5592", new ModuleInfo("igd10iumd64.dll", "igd10iumd64.pdb", hasSymbols: false, size: 0x2400000, version: "31.0.101.5592")), 40),
            (new GraphicsAdapter("0x1002", "0x73bf", "31.0.24027.1012", new ModuleInfo("atidxx64.dll", "atidxx64.pdb", hasSymbols: false, size: 0x2800000, version: "31.0.24027.1012")), 25),
        ]),
        Modules = new Dictionary<ModuleRole, ModuleInfo>
        {
            [ModuleRole.Xul] = new("xul.dll", "xul.pdb", size: 0x8000000),
            [ModuleRole.Mozglue] = new("mozglue.dll", "mozglue.pdb", size: 0x80000),
            [ModuleRole.Nss] = new("nss3.dll", "nss3.pdb", size: 0x400000),
            [ModuleRole.Libc] = new("ucrtbase.dll", "ucrtbase.pdb", size: 0x120000, version: "10.0.22621.3593"),
            [ModuleRole.Kernel] = new("ntdll.dll", "wntdll.pdb", size: 0x1f8000, version: "10.0.22621.3733"),
            [ModuleRole.Loader] = new("ntdll.dll", "wntdll.pdb", size: 0x1f8000, version: "10.0.22621.3733"),
            [ModuleRole.Threads] = new("kernel32.dll", "kernel32.pdb", size: 0xc2000, version: "10.0.22621.3733"),
            [ModuleRole.Ui] = new("user32.dll", "user32.pdb", size: 0x1ae000, version: "10.0.22621.3672"),
            [ModuleRole.GfxSystem] = new("d3d11.dll", "d3d11.pdb", size: 0x2a0000, version: "10.0.22621.3672"),
        },
        ParentMainTail =
        [
            Gecko("NS_internal_main(int, char**, char**)", "browser/app/nsBrowserApp.cpp", ModuleRole.Main),
            Gecko("wmain(int, wchar_t**)", "toolkit/xre/nsWindowsWMain.cpp", ModuleRole.Main),
            Os("__scrt_common_main_seh()", ModuleRole.Main),
            Os("BaseThreadInitThunk", ModuleRole.Threads),
            Os("RtlUserThreadStart", ModuleRole.Kernel),
        ],
        ChildMainTail =
        [
            Gecko("NS_internal_main(int, char**, char**)", "browser/app/nsBrowserApp.cpp", ModuleRole.Main),
            Gecko("wmain(int, wchar_t**)", "toolkit/xre/nsWindowsWMain.cpp", ModuleRole.Main),
            Os("BaseThreadInitThunk", ModuleRole.Threads),
            Os("RtlUserThreadStart", ModuleRole.Kernel),
        ],
        ThreadTail =
        [
            Os("thread_start<unsigned int (__cdecl*)(void*), 1>", ModuleRole.Libc),
            Os("BaseThreadInitThunk", ModuleRole.Threads),
            Os("RtlUserThreadStart", ModuleRole.Kernel),
        ],
        WaitHead =
        [
            Os("NtWaitForAlertByThreadId", ModuleRole.Kernel),
            Os("RtlSleepConditionVariableSRW", ModuleRole.Kernel),
            Os("SleepConditionVariableSRW", ModuleRole.Threads),
        ],
        AbortHead = [Os("abort", ModuleRole.Libc)],
        RustThreadStart = Verbatim("std::sys::pal::windows::thread::impl$0::new::thread_start", ModuleRole.Xul, "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/std/src/sys/pal/windows/thread.rs"),
        AccessViolationReasons = new([("EXCEPTION_ACCESS_VIOLATION_READ", 70), ("EXCEPTION_ACCESS_VIOLATION_WRITE", 25), ("EXCEPTION_ACCESS_VIOLATION_EXEC", 5)]),
        AbortReason = "EXCEPTION_BREAKPOINT",
        StackOverflowReason = "EXCEPTION_STACK_OVERFLOW",
        TrapReason = cpu => cpu.Arch == "arm64" ? "EXCEPTION_BREAKPOINT" : "EXCEPTION_ILLEGAL_INSTRUCTION",
        LoadBase = 0x00007ff800000000,
        GraphicsNotes = "D3D11 Layers? D3D11 Layers+ D2D1.1? D2D1.1+ DWrite? DWrite+ WR? WR+ DComp? DComp+ ",
    };

    public static readonly PlatformProfile Linux = new()
    {
        OsName = "Linux",
        Family = PlatformFamily.Linux,
        Releases = new([
            (new OsRelease("6.8.0-49-generic #49-Ubuntu SMP PREEMPT_DYNAMIC x86_64", "Ubuntu 24.04.1 LTS (Noble Numbat)"), 35),
            (new OsRelease("5.15.0-126-generic #136-Ubuntu SMP x86_64", "Ubuntu 22.04.5 LTS (Jammy Jellyfish)"), 25),
            (new OsRelease("6.1.0-27-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 x86_64", "Debian GNU/Linux 12 (bookworm)"), 15),
            (new OsRelease("6.11.8-300.fc41.x86_64 #1 SMP PREEMPT_DYNAMIC x86_64", "Fedora Linux 41 (Workstation Edition)"), 15),
            (new OsRelease("6.11.9-arch1-1 #1 SMP PREEMPT_DYNAMIC x86_64", "Arch Linux"), 10),
        ]),
        Cpus = new([
            (new CpuModel("amd64", "GenuineIntel family 6 model 154 stepping 3", [8, 12, 16]), 45),
            (new CpuModel("amd64", "AuthenticAMD family 25 model 33 stepping 0", [12, 16, 32]), 45),
            (new CpuModel("arm64", "ARM family 8 model 3336 stepping 4", [4, 8]), 10),
        ]),
        Adapters = new([
            (new GraphicsAdapter("0x10de", "0x2484", "550.120", new ModuleInfo("libnvidia-glcore.so.550.120", hasSymbols: false, size: 0x3400000)), 30),
            (new GraphicsAdapter("0x8086", "0x9a49", "24.2.6", new ModuleInfo("iris_dri.so", hasSymbols: false, size: 0x1800000)), 45),
            (new GraphicsAdapter("0x1002", "0x73bf", "24.2.6", new ModuleInfo("radeonsi_dri.so", hasSymbols: false, size: 0x1c00000)), 25),
        ]),
        Modules = new Dictionary<ModuleRole, ModuleInfo>
        {
            [ModuleRole.Xul] = new("libxul.so", size: 0x8000000),
            [ModuleRole.Nss] = new("libnss3.so", size: 0x180000),
            [ModuleRole.Libc] = new("libc.so.6", size: 0x1e0000),
            [ModuleRole.Kernel] = new("libc.so.6", size: 0x1e0000),
            [ModuleRole.Threads] = new("libc.so.6", size: 0x1e0000),
            [ModuleRole.Loader] = new("ld-linux-x86-64.so.2", size: 0x2c000),
            [ModuleRole.Ui] = new("libgtk-3.so.0", hasSymbols: false, size: 0x4c0000),
            [ModuleRole.GfxSystem] = new("libEGL_mesa.so.0", hasSymbols: false, size: 0x40000),
        },
        ParentMainTail =
        [
            Gecko("main", "browser/app/nsBrowserApp.cpp", ModuleRole.Main),
            Os("__libc_start_call_main", ModuleRole.Libc),
            Os("__libc_start_main_impl", ModuleRole.Libc),
            Os("_start", ModuleRole.Main),
        ],
        ChildMainTail =
        [
            Gecko("main", "browser/app/nsBrowserApp.cpp", ModuleRole.Main),
            Os("__libc_start_call_main", ModuleRole.Libc),
            Os("__libc_start_main_impl", ModuleRole.Libc),
            Os("_start", ModuleRole.Main),
        ],
        ThreadTail = [Os("start_thread", ModuleRole.Libc), Os("__clone3", ModuleRole.Libc)],
        WaitHead = [Os("__futex_abstimed_wait_common", ModuleRole.Libc), Os("___pthread_cond_wait", ModuleRole.Libc)],
        AbortHead = [Os("__pthread_kill_implementation", ModuleRole.Libc), Os("raise", ModuleRole.Libc), Os("abort", ModuleRole.Libc)],
        RustThreadStart = Verbatim("std::sys::pal::unix::thread::Thread::new::thread_start", ModuleRole.Xul, "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/std/src/sys/pal/unix/thread.rs"),
        AccessViolationReasons = new([("SIGSEGV / SEGV_MAPERR", 80), ("SIGSEGV / SEGV_ACCERR", 15), ("SIGBUS / BUS_ADRERR", 5)]),
        AbortReason = "SIGABRT / SI_TKILL",
        StackOverflowReason = "SIGSEGV / SEGV_ACCERR",
        TrapReason = cpu => cpu.Arch == "arm64" ? "SIGTRAP / TRAP_BRKPT" : "SIGILL / ILL_ILLOPN",
        LoadBase = 0x00007f0000000000,
        GraphicsNotes = "EGL? EGL+ GL Context? GL Context+ WebGL? WebGL+ WR? WR+ DMABuf? DMABuf+ ",
    };

    public static readonly PlatformProfile Mac = new()
    {
        OsName = "Mac OS X",
        Family = PlatformFamily.Mac,
        Releases = new([
            (new OsRelease("15.1.1 24B91", "macOS 15.1.1"), 40),
            (new OsRelease("14.7.1 23H222", "macOS 14.7.1"), 35),
            (new OsRelease("13.7.1 22H221", "macOS 13.7.1"), 15),
            (new OsRelease("12.7.6 21H1320", "macOS 12.7.6"), 10),
        ]),
        Cpus = new([
            (new CpuModel("arm64", "family 0 model 0 stepping 0", [8, 10, 12]), 70),
            (new CpuModel("amd64", "GenuineIntel family 6 model 158 stepping 10", [4, 8, 12]), 30),
        ]),
        Adapters = new([
            (new GraphicsAdapter("0x106b", "0x0000", "1.0", new ModuleInfo("AGXMetalG14X", hasSymbols: false, size: 0x900000)), 70),
            (new GraphicsAdapter("0x8086", "0x3e9b", "1.0", new ModuleInfo("AppleIntelKBLGraphicsMTLDriver", hasSymbols: false, size: 0x700000)), 20),
            (new GraphicsAdapter("0x1002", "0x67ef", "1.0", new ModuleInfo("AMDRadeonX4000MTLDriver", hasSymbols: false, size: 0x800000)), 10),
        ]),
        Modules = new Dictionary<ModuleRole, ModuleInfo>
        {
            [ModuleRole.Xul] = new("XUL", size: 0x8000000),
            [ModuleRole.Mozglue] = new("libmozglue.dylib", size: 0x80000),
            [ModuleRole.Nss] = new("libnss3.dylib", size: 0x400000),
            [ModuleRole.Libc] = new("libsystem_c.dylib", size: 0x80000),
            [ModuleRole.Kernel] = new("libsystem_kernel.dylib", size: 0x3a000),
            [ModuleRole.Threads] = new("libsystem_pthread.dylib", size: 0xc000),
            [ModuleRole.Loader] = new("dyld", size: 0x90000),
            [ModuleRole.Ui] = new("AppKit", size: 0x1400000),
            [ModuleRole.GfxSystem] = new("QuartzCore", size: 0x400000),
        },
        ParentMainTail = [Gecko("main", "browser/app/nsBrowserApp.cpp", ModuleRole.Main), Os("start", ModuleRole.Loader)],
        ChildMainTail = [Gecko("main", "browser/app/nsBrowserApp.cpp", ModuleRole.Main), Os("start", ModuleRole.Loader)],
        ThreadTail = [Os("_pthread_start", ModuleRole.Threads), Os("thread_start", ModuleRole.Threads)],
        WaitHead = [Os("__psynch_cvwait", ModuleRole.Kernel), Os("_pthread_cond_wait", ModuleRole.Threads)],
        AbortHead = [Os("__pthread_kill", ModuleRole.Kernel), Os("pthread_kill", ModuleRole.Threads), Os("abort", ModuleRole.Libc)],
        RustThreadStart = Verbatim("std::sys::pal::unix::thread::Thread::new::thread_start", ModuleRole.Xul, "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/std/src/sys/pal/unix/thread.rs"),
        AccessViolationReasons = new([("EXC_BAD_ACCESS / KERN_INVALID_ADDRESS", 80), ("EXC_BAD_ACCESS / KERN_PROTECTION_FAILURE", 15), ("EXC_BAD_ACCESS / EXC_ARM_DA_ALIGN", 5)]),
        AbortReason = "EXC_CRASH / SIGABRT",
        StackOverflowReason = "EXC_BAD_ACCESS / KERN_PROTECTION_FAILURE",
        TrapReason = cpu => cpu.Arch == "arm64" ? "EXC_BREAKPOINT / EXC_ARM_BREAKPOINT" : "EXC_BAD_INSTRUCTION / EXC_I386_INVOP",
        LoadBase = 0x00007ff800000000,
        GraphicsNotes = "GL Context? GL Context+ WebGL? WebGL+ WR? WR+ NativeLayerCA? NativeLayerCA+ ",
    };

    public static readonly PlatformProfile Android = new()
    {
        OsName = "Android",
        Family = PlatformFamily.Android,
        Releases = new([
            (new OsRelease("0.0.0 Linux 6.1.75-android14-11-g48b922851ac5 #1 SMP PREEMPT aarch64", "Android 14", "34 (REL)"), 45),
            (new OsRelease("0.0.0 Linux 5.15.148-android13-8-00003-g1c81d2ab9e2a #1 SMP PREEMPT aarch64", "Android 13", "33 (REL)"), 25),
            (new OsRelease("0.0.0 Linux 6.6.30-android15-8-gdd9c02ccfe27 #1 SMP PREEMPT aarch64", "Android 15", "35 (REL)"), 15),
            (new OsRelease("0.0.0 Linux 5.10.198-android12-9-00085-g226a9632f13d #1 SMP PREEMPT aarch64", "Android 12", "31 (REL)"), 15),
        ]),
        Cpus = new([
            (new CpuModel("arm64", "ARMv8 Qualcomm Kryo features: fp,asimd,aes,pmull,sha1,sha2,crc32,atomics", [8]), 80),
            (new CpuModel("arm", "ARMv7 ARM Cortex-A53 features: half,thumb,fastmult,vfp,edsp,neon,vfpv3,tls,vfpv4,idiva,idivt", [4, 8]), 15),
            (new CpuModel("amd64", "GenuineIntel family 6 model 85 stepping 7", [4]), 5),
        ]),
        Adapters = new([
            (new GraphicsAdapter("Qualcomm", "Adreno (TM) 740", "0676.42", new ModuleInfo("libGLESv2_adreno.so", hasSymbols: false, size: 0x700000)), 60),
            (new GraphicsAdapter("ARM", "Mali-G78", "r38p1", new ModuleInfo("libGLES_mali.so", hasSymbols: false, size: 0x2c00000)), 40),
        ]),
        Modules = new Dictionary<ModuleRole, ModuleInfo>
        {
            [ModuleRole.Xul] = new("libxul.so", size: 0x8000000),
            [ModuleRole.Mozglue] = new("libmozglue.so", size: 0x200000),
            [ModuleRole.Nss] = new("libnss3.so", size: 0x180000),
            [ModuleRole.Libc] = new("libc.so", hasSymbols: false, size: 0xc0000),
            [ModuleRole.Kernel] = new("libc.so", hasSymbols: false, size: 0xc0000),
            [ModuleRole.Threads] = new("libc.so", hasSymbols: false, size: 0xc0000),
            [ModuleRole.Loader] = new("linker64", hasSymbols: false, size: 0x100000),
            [ModuleRole.Ui] = new("libhwui.so", hasSymbols: false, size: 0xa00000),
            [ModuleRole.GfxSystem] = new("libEGL.so", hasSymbols: false, size: 0x40000),
            [ModuleRole.AndroidRuntime] = new("libart.so", hasSymbols: false, size: 0x900000),
            [ModuleRole.AndroidFramework] = new("boot-framework.oat", hasSymbols: false, size: 0x2000000),
            [ModuleRole.AppCode] = new("base.odex", hasSymbols: false, size: 0x1200000),
        },
        ParentMainTail =
        [
            Gecko("GeckoStart(_JNIEnv*, char**, int, const StaticXREAppData&, bool, int, int, int, int)", "toolkit/xre/nsAndroidStartup.cpp"),
            Gecko("Java_org_mozilla_gecko_mozglue_GeckoLoader_nativeRun", "mozglue/android/APKOpen.cpp", ModuleRole.Mozglue),
            Verbatim("org.mozilla.gecko.mozglue.GeckoLoader.nativeRun", ModuleRole.AppCode, "GeckoLoader.java"),
            Verbatim("org.mozilla.gecko.GeckoThread.run", ModuleRole.AppCode, "GeckoThread.java"),
            Os("art_quick_invoke_stub", ModuleRole.AndroidRuntime),
            Os("art::Thread::CreateCallback(void*)", ModuleRole.AndroidRuntime),
        ],
        ChildMainTail =
        [
            Gecko("Java_org_mozilla_gecko_mozglue_GeckoLoader_nativeRun", "mozglue/android/APKOpen.cpp", ModuleRole.Mozglue),
            Verbatim("org.mozilla.gecko.mozglue.GeckoLoader.nativeRun", ModuleRole.AppCode, "GeckoLoader.java"),
            Verbatim("org.mozilla.gecko.process.GeckoServiceChildProcess$1.lambda$start$0", ModuleRole.AppCode, "GeckoServiceChildProcess.java"),
            Verbatim("android.os.Handler.dispatchMessage", ModuleRole.AndroidFramework, "Handler.java"),
            Verbatim("android.os.Looper.loop", ModuleRole.AndroidFramework, "Looper.java"),
            Verbatim("android.app.ActivityThread.main", ModuleRole.AndroidFramework, "ActivityThread.java"),
            Os("art_quick_invoke_static_stub", ModuleRole.AndroidRuntime),
        ],
        ThreadTail = [Os("__pthread_start(void*)", ModuleRole.Libc), Os("__start_thread", ModuleRole.Libc)],
        WaitHead = [Os("syscall", ModuleRole.Libc), Os("__futex_wait_ex(void volatile*, bool, int, bool, timespec const*)", ModuleRole.Libc), Os("pthread_cond_wait", ModuleRole.Libc)],
        AbortHead = [Os("abort", ModuleRole.Libc)],
        RustThreadStart = Verbatim("std::sys::pal::unix::thread::Thread::new::thread_start", ModuleRole.Xul, "/rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/std/src/sys/pal/unix/thread.rs"),
        AccessViolationReasons = new([("SIGSEGV / SEGV_MAPERR", 85), ("SIGSEGV / SEGV_ACCERR", 10), ("SIGBUS / BUS_ADRALN", 5)]),
        AbortReason = "SIGABRT / SI_TKILL",
        StackOverflowReason = "SIGSEGV / SEGV_ACCERR",
        TrapReason = cpu => cpu.Arch is "arm64" or "arm" ? "SIGTRAP / TRAP_BRKPT" : "SIGILL / ILL_ILLOPN",
        LoadBase = 0x0000007000000000,
        GraphicsNotes = "EGL? EGL+ GL Context? GL Context+ WebGL? WebGL+ WR? WR+ AndroidSurface? ",
    };

    public static readonly IReadOnlyList<PlatformProfile> All = [Windows, Linux, Mac, Android];
}
