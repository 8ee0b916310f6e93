namespace CrashSearch.Ingest.Synthetic;

/// <summary>A product that sends crashes: where it runs, its channels and versions, and its executable.</summary>
internal sealed class ProductProfile
{
    public required string Name { get; init; }

    public required WeightedChoice<PlatformProfile> Platforms { get; init; }

    /// <summary>Versions by channel, channels weighted by how many crashes they send.</summary>
    public required WeightedChoice<WeightedChoice<ProductVersion>> Versions { get; init; }

    /// <summary>The main executable by platform.</summary>
    public required IReadOnlyDictionary<PlatformFamily, ModuleInfo> MainModules { get; init; }

    /// <summary>Thunderbird: mail code crashes too.</summary>
    public bool IsMail { get; init; }

    /// <summary>Desktop products list add-ons.</summary>
    public bool HasAddons { get; init; }
}
