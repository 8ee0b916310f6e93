namespace CrashSearch.Ingest.Synthetic;

/// <summary>
/// Where a family of crashes happens: the top frames, how it crashes and the resulting signature. Sites are ranked;
/// crashes pick them with Zipf-like popularity, so a few signatures dominate, as on a real crash dashboard.
/// </summary>
internal sealed class CrashSite
{
    public required int Rank { get; init; }

    public required SymbolGroup Group { get; init; }

    public required CrashKind Kind { get; init; }

    /// <summary>The top of the crashing stack, innermost first (platform abort frames are added on top when written).</summary>
    public required StackSymbol[] Frames { get; init; }

    public required PlatformFamily Platforms { get; init; }

    public required string Signature { get; init; }

    /// <summary>For driver crashes: the adapter whose driver crashes (the signature names its module).</summary>
    public GraphicsAdapter? Adapter { get; init; }

    public string? MozCrashReason { get; init; }

    public string? AbortMessage { get; init; }

    /// <summary>For Java exceptions: the exception class, which Socorro reports as the reason.</summary>
    public string? JavaException { get; init; }
}
