namespace CrashSearch.SearchApi.Web;

/// <summary>
/// The top-crashers and signature pages' questions, asked of the search until the visibility services answer them:
/// each is the search one would type, so the pages link to it, and switching a page to a visibility service
/// changes only the handler that fills its view.
/// </summary>
internal static class TopCrashers
{
    public const int Signatures = 50;

    /// <summary>The day counts offered, each one of the search's window presets.</summary>
    public static readonly IReadOnlyList<int> Days = [1, 7, 30, 90];

    public static readonly IReadOnlyList<string> SignatureFacets = ["product", "version", "platform"];

    public static SearchState Search(string? product, int days) => new()
    {
        Q = product is { Length: > 0 } ? SearchState.Term("product", product, exclude: false) : "",
        Window = days == 1 ? "24h" : days + "d",
        Facets = ["signature", "product"],
        Size = 1,
    };

    public static SearchState Signature(string signature, SearchState state) => state with
    {
        Q = SearchState.Term("signature", signature, exclude: false),
        Facets = SignatureFacets,
        Size = Math.Min(state.Size, 20),
    };
}
