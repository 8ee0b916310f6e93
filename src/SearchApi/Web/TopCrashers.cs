using CrashSearch.SearchApi.Visibility;

namespace CrashSearch.SearchApi.Web;

/// <summary>
/// The top-crashers and signature pages' searches: each is the search one would type, so the pages link to it. The
/// ranks of a product's top crashers come from the visibility service (<see cref="TopCrashersService"/>).
/// </summary>
internal static class TopCrashers
{
    public const int Signatures = 50;

    /// <summary>The periods offered, as crash-stats' Top Crashers (and the visibility service) has them.</summary>
    public static IReadOnlyList<int> Days => VisibilityDays.Allowed;

    public static readonly IReadOnlyList<string> SignatureFacets = ["product", "version", "platform"];

    public static SearchState Search(string? product, int days) => new()
    {
        Q = product is { Length: > 0 } ? SearchState.Term("product", product, exclude: false) : "",
        // The search's window presets are coarser: the shortest one that covers the period.
        Window = days switch { 1 => "24h", <= 7 => "7d", _ => "30d" },
        // With a product the visibility service ranks the signatures: the search's facet would be counted for nothing.
        Facets = product is { Length: > 0 } ? ["product"] : ["signature", "product"],
        Size = 1,
    };

    public static SearchState Signature(string signature, SearchState state) => state with
    {
        Q = SearchState.Term("signature", signature, exclude: false),
        Facets = SignatureFacets,
        Size = Math.Min(state.Size, 20),
    };
}
