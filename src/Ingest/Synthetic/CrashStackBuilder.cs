namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// Builds the threads of a crash: the crashing thread (crash site, a few frames of the same component, task
/// machinery, the thread's event loop and OS entry point) and a few idle threads waiting for work.
/// </summary>
internal static class CrashStackBuilder
{
    const string GeckoMainThread = "GeckoMain";

    static readonly string[] IdleThreadNames =
    [
        "Socket Thread", "StreamTrans #3", "Timer", "IPC I/O Parent", "JS Watchdog", "BgIOThreadPool #1", "Cache2 I/O",
        "ImageIO", "BgReadURLs", "TRR Background", "QuotaManager IO", "mozStorage #2", "DNS Resolver #1", "Permission",
    ];

    static readonly WeightedChoice<StackSymbol> Runnables = WeightedChoice<StackSymbol>.Zipf(GeckoChains.Runnables, 1.0);
    static readonly WeightedChoice<StackSymbol> RustGlue = WeightedChoice<StackSymbol>.Zipf(GeckoChains.RustGlue, 1.0);

    public static (List<SyntheticThread> Threads, int Crashing) Build(
        CrashSite site, PlatformProfile platform, string processType, CrashSiteCatalogue catalogue, ref SyntheticRandom random)
    {
        var crashing = CrashingStack(site, platform, processType, catalogue, ref random);
        var onMainThread = site.Group.Thread == ThreadKind.Main;
        var mainName = site.Group.Language == CodeLanguage.Java ? "main" : GeckoMainThread;
        var threads = new List<SyntheticThread>(6)
        {
            new(mainName, onMainThread ? crashing : IdleMain(platform, processType)),
        };
        var idle = random.Next(1, 4);
        var firstName = random.Next(IdleThreadNames.Length);
        var idleStack = IdleStack(platform);
        for (var i = 0; i < idle; i++)
            threads.Add(new SyntheticThread(IdleThreadNames[(firstName + i) % IdleThreadNames.Length], idleStack));
        if (onMainThread)
            return (threads, 0);
        var index = random.Next(1, threads.Count + 1);
        threads.Insert(index, new SyntheticThread(site.Group.ThreadName, crashing));
        return (threads, index);
    }

    static List<StackSymbol> CrashingStack(CrashSite site, PlatformProfile platform, string processType, CrashSiteCatalogue catalogue, ref SyntheticRandom random)
    {
        var frames = new List<StackSymbol>(48);
        if (site.Kind == CrashKind.Abort)
            frames.AddRange(platform.AbortHead);
        frames.AddRange(site.Frames);
        var groupFrames = catalogue.FramesOf(site.Group);
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            var frame = groupFrames.Next(ref random);
            if (frames[^1] != frame)
                frames.Add(frame);
        }
        var glue = site.Group.Language switch
        {
            CodeLanguage.Cpp => Runnables,
            CodeLanguage.Rust => RustGlue,
            _ => null,
        };
        for (var i = glue is null ? 0 : random.Next(3); i > 0; i--)
            frames.Add(glue!.Next(ref random));
        frames.AddRange(ThreadBase(site.Group, platform, processType));
        return frames;
    }

    static IEnumerable<StackSymbol> ThreadBase(SymbolGroup group, PlatformProfile platform, string processType)
    {
        if (group.Language == CodeLanguage.Java)
            return GeckoChains.AndroidUi;
        return group.Thread switch
        {
            ThreadKind.Main => MainLoop(platform, processType),
            ThreadKind.Rust => [.. GeckoChains.RustThread, platform.RustThreadStart, .. platform.ThreadTail],
            ThreadKind.JsHelper => [.. GeckoChains.JsHelper, .. platform.ThreadTail],
            _ => [.. GeckoChains.EventLoop, .. GeckoChains.ThreadLoop, .. platform.ThreadTail],
        };
    }

    static StackSymbol[] MainLoop(PlatformProfile platform, string processType) => processType == "parent"
        ? [.. GeckoChains.EventLoop, .. GeckoChains.ParentLoop, .. platform.ParentMainTail]
        : [.. GeckoChains.EventLoop, .. GeckoChains.ChildLoop, .. platform.ChildMainTail];

    static StackSymbol[] IdleMain(PlatformProfile platform, string processType) => [.. platform.WaitHead, .. MainLoop(platform, processType)];

    static StackSymbol[] IdleStack(PlatformProfile platform) => [.. platform.WaitHead, .. GeckoChains.IdleLoop, .. platform.ThreadTail];
}
