namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// The ranked crash sites all synthetic crashes draw from. Built once from a fixed seed, so the same signatures
/// exist whatever the generator's seed; the seed only decides which crashes happen.
/// </summary>
internal sealed class CrashSiteCatalogue
{
    const int SiteCount = 800;
    const double SitePopularity = 1.1;
    const double FramePopularity = 1.2;
    const ulong CatalogueSeed = 0x5EEDC0DE;

    readonly Dictionary<(bool Mail, PlatformFamily Platform), WeightedChoice<CrashSite>> _choices = [];
    readonly Dictionary<SymbolGroup, WeightedChoice<StackSymbol>> _groupFrames = [];

    CrashSiteCatalogue()
    {
        var random = new SyntheticRandom(CatalogueSeed);
        var groups = new WeightedChoice<SymbolGroup>([.. SymbolGroups.All.Select(g => (g, g.Weight))]);
        var sites = new List<CrashSite>(SiteCount);
        for (var rank = 0; rank < SiteCount; rank++)
            sites.Add(CrashSiteFactory.Create(rank, groups.Next(ref random), ref random));
        Sites = sites;
        foreach (var group in SymbolGroups.All)
            _groupFrames[group] = WeightedChoice<StackSymbol>.Zipf(group.Symbols, FramePopularity);
        foreach (var mail in new[] { false, true })
        {
            foreach (var platform in PlatformProfiles.All)
            {
                var fitting = sites.Where(s => s.Platforms.HasFlag(platform.Family) && (mail || !s.Group.MailOnly)).ToList();
                _choices[(mail, platform.Family)] = WeightedChoice<CrashSite>.Zipf(fitting, SitePopularity);
            }
        }
    }

    public static CrashSiteCatalogue Instance { get; } = new();

    public IReadOnlyList<CrashSite> Sites { get; }

    /// <summary>The sites a product can crash in on a platform, most popular first.</summary>
    public WeightedChoice<CrashSite> For(ProductProfile product, PlatformProfile platform) => _choices[(product.IsMail, platform.Family)];

    /// <summary>The group's functions by popularity, to fill a stack between the crash site and the event loop.</summary>
    public WeightedChoice<StackSymbol> FramesOf(SymbolGroup group) => _groupFrames[group];
}
