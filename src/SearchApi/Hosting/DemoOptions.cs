using System.ComponentModel.DataAnnotations;

namespace CrashSearch.SearchApi.Hosting;

/// <summary>The <c>Demo</c> configuration section: the all-in-one mode of <c>--demo</c>.</summary>
internal sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>The index directory when demo mode gives none, relative to the current directory.</summary>
    public const string DefaultIndexPath = "data/demo";

    /// <summary>Serve an embedded index and fill it with synthetic crashes on first start.</summary>
    public bool Enabled { get; set; }

    /// <summary>How many synthetic crashes the first start ingests.</summary>
    [Range(1, 10_000_000)]
    public int Crashes { get; set; } = 20_000;

    /// <summary>Seed of the synthetic generator: the same seed gives the same crashes.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>The synthetic crashes are spread over this many days before now.</summary>
    [Range(1, 365)]
    public int Days { get; set; } = 30;
}
