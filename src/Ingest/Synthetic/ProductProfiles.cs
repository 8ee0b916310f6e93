namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// The products synthetic crashes come from, with versions derived from the reference time (a major release
/// every four weeks), so that demo data always looks current.
/// </summary>
internal static class ProductProfiles
{
    static readonly DateTimeOffset Release145 = new(2025, 11, 11, 0, 0, 0, TimeSpan.Zero);
    const int ReleaseCycleDays = 28;

    public static WeightedChoice<ProductProfile> Create(DateTimeOffset referenceTime)
    {
        var major = 145 + (int)Math.Floor((referenceTime - Release145).TotalDays / ReleaseCycleDays);
        major = Math.Max(major, 120);
        var esr = major >= 140 ? 140 + (13 * ((major - 140) / 13)) : 128;
        var previousEsr = esr == 140 ? 128 : esr - 13;
        var desktopMain = new Dictionary<PlatformFamily, ModuleInfo>
        {
            [PlatformFamily.Windows] = new("firefox.exe", "firefox.pdb", size: 0xa0000),
            [PlatformFamily.Linux] = new("firefox-bin", size: 0xa0000),
            [PlatformFamily.Mac] = new("firefox", size: 0x60000),
        };
        var mailMain = new Dictionary<PlatformFamily, ModuleInfo>
        {
            [PlatformFamily.Windows] = new("thunderbird.exe", "thunderbird.pdb", size: 0xa0000),
            [PlatformFamily.Linux] = new("thunderbird-bin", size: 0xa0000),
            [PlatformFamily.Mac] = new("thunderbird", size: 0x60000),
        };
        var androidMain = new Dictionary<PlatformFamily, ModuleInfo>
        {
            [PlatformFamily.Android] = new("app_process64", hasSymbols: false, size: 0x10000),
        };
        var firefox = new ProductProfile
        {
            Name = "Firefox",
            Platforms = new([(PlatformProfiles.Windows, 72), (PlatformProfiles.Linux, 16), (PlatformProfiles.Mac, 12)]),
            Versions = new([
                (Release(major), 65), (Beta(major), 12), (Nightly(major), 15), (Esr(major, esr, previousEsr), 8),
            ]),
            MainModules = desktopMain,
            HasAddons = true,
        };
        var fenix = new ProductProfile
        {
            Name = "Fenix",
            Platforms = new([(PlatformProfiles.Android, 1)]),
            Versions = new([(Release(major), 70), (Beta(major), 15), (Nightly(major), 15)]),
            MainModules = androidMain,
        };
        var thunderbird = new ProductProfile
        {
            Name = "Thunderbird",
            Platforms = new([(PlatformProfiles.Windows, 80), (PlatformProfiles.Mac, 10), (PlatformProfiles.Linux, 10)]),
            Versions = new([(Release(major), 40), (Esr(major, esr, previousEsr), 45), (Beta(major), 15)]),
            MainModules = mailMain,
            IsMail = true,
            HasAddons = true,
        };
        var focus = new ProductProfile
        {
            Name = "Focus",
            Platforms = new([(PlatformProfiles.Android, 1)]),
            Versions = new([(Release(major), 90), (Beta(major), 10)]),
            MainModules = androidMain,
        };
        return new([(firefox, 62), (fenix, 22), (thunderbird, 8), (focus, 8)]);
    }

    static WeightedChoice<ProductVersion> Release(int m) => new([
        (Version($"{m}.0", m, "release", 0), 35),
        (Version($"{m}.0.1", m, "release", 9), 25),
        (Version($"{m}.0.2", m, "release", 16), 8),
        (Version($"{m - 1}.0.2", m - 1, "release", 16), 15),
        (Version($"{m - 1}.0", m - 1, "release", 0), 7),
        (Version($"{m - 2}.0.1", m - 2, "release", 9), 5),
        (Version($"{m - 3}.0", m - 3, "release", 0), 3),
        (Version($"{m - 8}.0", m - 8, "release", 0), 2),
    ]);

    static WeightedChoice<ProductVersion> Beta(int m)
    {
        var betas = new List<(ProductVersion, double)>();
        for (var b = 1; b <= 9; b++)
            betas.Add((Version($"{m + 1}.0b{b}", m + 1, "beta", (b * 3) - ReleaseCycleDays), b));
        betas.Add((Version($"{m}.0b9", m, "beta", -1), 3));
        return new(betas);
    }

    static WeightedChoice<ProductVersion> Nightly(int m) => new([
        (Version($"{m + 2}.0a1", m + 2, "nightly", 0), 95),
        (Version($"{m + 1}.0a1", m + 1, "nightly", -ReleaseCycleDays), 5),
    ]);

    static WeightedChoice<ProductVersion> Esr(int m, int esr, int previousEsr) => new([
        (Version($"{esr}.{m - esr}.0esr", esr, "esr", 0), 60),
        (Version($"{esr}.{Math.Max(m - esr - 1, 0)}.0esr", esr, "esr", -ReleaseCycleDays), 25),
        (Version($"{previousEsr}.{m - previousEsr}.0esr", previousEsr, "esr", 0), 15),
    ]);

    /// <summary>A version built <paramref name="daysAfterRelease"/> days after its major's release date.</summary>
    static ProductVersion Version(string text, int major, string channel, int daysAfterRelease)
    {
        var hours = (int)(SyntheticRandom.Hash(text) % 20);
        var built = Release145.AddDays(((major - 145) * ReleaseCycleDays) + daysAfterRelease - 2).AddHours(hours).AddMinutes(hours * 3 % 60);
        var repository = channel switch
        {
            "nightly" => "mozilla-central",
            "beta" => "releases/mozilla-beta",
            "esr" => $"releases/mozilla-esr{major}",
            _ => "releases/mozilla-release",
        };
        return new ProductVersion(text, major, channel, built, repository);
    }
}
