namespace CrashSearch.Ingest.Synthetic;

/// <summary>Decides everything about one crash (product, platform, site, stacks, annotations) from a random stream.</summary>
internal sealed class SyntheticCrashPlanner(DateTimeOffset referenceTime, int days)
{
    const int InstallPopulation = 200_000;
    const long Day = 86_400;

    readonly DateTimeOffset _referenceTime = referenceTime.ToUniversalTime();
    readonly WeightedChoice<ProductProfile> _products = ProductProfiles.Create(referenceTime);
    readonly CrashSiteCatalogue _sites = CrashSiteCatalogue.Instance;

    public SyntheticCrash Plan(ref SyntheticRandom random)
    {
        var (product, platform, site, version, date) = Draw(ref random);
        var cpu = platform.Cpus.Next(ref random);
        var processType = ProcessType(site.Group, platform, ref random);
        var (threads, crashing) = CrashStackBuilder.Build(site, platform, processType, _sites, ref random);
        var uptime = random.Chance(0.1) ? random.Next(1, 60) : LogUniform(60, 500_000, ref random);
        return new SyntheticCrash
        {
            Uuid = CrashUuid(date, ref random),
            Date = date,
            Product = product,
            Version = version,
            BuildDate = version.IsNightly ? NightlyBuild(date, ref random) : version.BuildDate,
            Platform = platform,
            Release = platform.Releases.Next(ref random),
            Cpu = cpu,
            CpuCount = random.Pick(cpu.Counts),
            Adapter = site.Adapter ?? platform.Adapters.Next(ref random),
            MainModule = product.MainModules[platform.Family],
            Site = site,
            ProcessType = processType,
            Reason = Reason(site, platform, cpu, ref random),
            Address = Address(site.Kind, ref random),
            Threads = threads,
            CrashingThread = crashing,
            Uptime = uptime,
            InstallTime = InstallTime(date, uptime, ref random),
            LastCrash = random.Chance(0.55) ? LogUniform(60, 3_000_000, ref random) : null,
            IsGarbageCollecting = site.Group.Name == "js" && random.Chance(0.5) ? true : random.Chance(0.2) ? false : null,
            Locale = SyntheticAnnotations.Locales.Next(ref random),
            Addons = product.HasAddons ? Addons(version.Major, ref random) : [],
            Memory = random.Chance(0.4) ? Memory(ref random) : null,
            AndroidModel = platform.Family == PlatformFamily.Android ? SyntheticAnnotations.AndroidModels.Next(ref random) : null,
            Url = random.Chance(0.25) ? random.Pick(SyntheticAnnotations.UrlPrefixes) + random.Next(1_000_000).ToString("x", System.Globalization.CultureInfo.InvariantCulture) : null,
            UserComments = random.Chance(0.06) ? random.Pick(SyntheticAnnotations.Comments) : null,
            Email = random.Chance(0.03) ? $"user{random.Next(100_000)}@example.com" : null,
            Pid = random.Next(1000, 65_000),
        };
    }

    static string ProcessType(SymbolGroup group, PlatformProfile platform, ref SyntheticRandom random)
    {
        var type = random.Pick(group.ProcessTypes);
        return type switch
        {
            "gpu" when platform.Family == PlatformFamily.Linux => "parent",
            "socket" when platform.Family == PlatformFamily.Android => "parent",
            _ => type,
        };
    }

    static string Reason(CrashSite site, PlatformProfile platform, CpuModel cpu, ref SyntheticRandom random) => site.Kind switch
    {
        CrashKind.MozCrash or CrashKind.RustPanic or CrashKind.OutOfMemory => platform.TrapReason(cpu),
        CrashKind.Abort => platform.AbortReason,
        CrashKind.StackOverflow => platform.StackOverflowReason,
        CrashKind.JavaException => site.JavaException!,
        _ => platform.AccessViolationReasons.Next(ref random),
    };

    static ulong Address(CrashKind kind, ref SyntheticRandom random)
    {
        if (kind is not (CrashKind.AccessViolation or CrashKind.Driver or CrashKind.StackOverflow))
            return 0;
        return random.Next(10) switch
        {
            < 3 => 0,
            < 5 => (ulong)random.Next(1, 64) * 8,
            5 => 0xe5e5e5e5e5e5e5e5,
            6 => 0xffffffffffffffff,
            _ => 0x00000200_00000000UL + ((ulong)random.NextInt64(0, 0x7fffffffff) & ~7UL),
        };
    }

    /// <summary>Socorro's crash ids: a random UUID whose last seven characters are a throttle digit and yymmdd.</summary>
    /// <summary>The date <see cref="Plan"/> gives the crash of this random stream, without planning the rest.</summary>
    public DateTimeOffset DateOf(ref SyntheticRandom random) => Draw(ref random).Date;

    /// <summary>The first draws of a plan, in the order that decides the date.</summary>
    (ProductProfile Product, PlatformProfile Platform, CrashSite Site, ProductVersion Version, DateTimeOffset Date) Draw(ref SyntheticRandom random)
    {
        var product = _products.Next(ref random);
        var platform = product.Platforms.Next(ref random);
        var site = _sites.For(product, platform).Next(ref random);
        var version = product.Versions.Next(ref random).Next(ref random);
        var ticks = random.NextInt64(TimeSpan.TicksPerSecond, days * TimeSpan.TicksPerDay);
        // Socorro keeps microseconds.
        return (product, platform, site, version, _referenceTime.AddTicks(-ticks + (ticks % 10)));
    }

    static string CrashUuid(DateTimeOffset date, ref SyntheticRandom random)
    {
        var high = random.NextUInt64();
        var low = random.NextUInt64();
        var hex = $"{high:x16}{low:x16}";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{hex[..8]}-{hex[8..12]}-4{hex[13..16]}-{hex[16..20]}-{hex[20..25]}2{date:yyMMdd}");
    }

    static DateTimeOffset NightlyBuild(DateTimeOffset crashDate, ref SyntheticRandom random)
    {
        var day = crashDate.UtcDateTime.Date.AddDays(-random.Next(4));
        var build = new DateTimeOffset(day, TimeSpan.Zero).AddHours(random.Chance(0.5) ? 9 : 21).AddSeconds(random.Next(3600));
        return build < crashDate ? build : build.AddDays(-1);
    }

    long InstallTime(DateTimeOffset crashDate, long uptime, ref SyntheticRandom random)
    {
        // A few installations crash a lot: the same install_time comes back, which distinct counts rely on.
        var installation = (ulong)(InstallPopulation * Math.Pow(random.NextDouble(), 3));
        var installed = _referenceTime.ToUnixTimeSeconds() - (400 * Day) + (long)(SyntheticRandom.Mix(installation, 1) % (380 * Day));
        var latest = crashDate.ToUnixTimeSeconds() - uptime;
        return installed < latest ? installed : latest - (long)(SyntheticRandom.Mix(installation, 2) % (10 * Day));
    }

    static List<string> Addons(int major, ref SyntheticRandom random)
    {
        var addons = new List<string>(SyntheticAnnotations.SystemAddons(major));
        for (var i = 0; i < SyntheticAnnotations.UserAddons.Length; i++)
        {
            if (random.Chance(0.4 / (i + 1)))
                addons.Add(SyntheticAnnotations.UserAddons[i]);
        }
        return addons;
    }

    static MemoryMeasures Memory(ref SyntheticRandom random)
    {
        var explicitBytes = LogUniform(150L << 20, 6L << 30, ref random);
        var resident = (long)(explicitBytes * (1.2 + random.NextDouble()));
        return new MemoryMeasures(
            explicitBytes,
            resident,
            resident * 4 / 5,
            explicitBytes * 3 / 5,
            LogUniform(5L << 20, 800L << 20, ref random),
            random.Chance(0.9) ? 0 : random.Next(1, 20),
            resident * 3);
    }

    static long LogUniform(long min, long max, ref SyntheticRandom random) =>
        (long)Math.Exp(Math.Log(min) + (random.NextDouble() * (Math.Log(max) - Math.Log(min))));
}
