namespace CrashSearch.SearchApi.Visibility;

/// <summary>
/// What <c>topCrashers</c> is asked: a product, optional filters, the period and how many signatures.
/// </summary>
internal sealed record TopCrashersRequest(
    string Product,
    string? Version = null,
    string? Channel = null,
    string? Platform = null,
    string? ProcessType = null,
    int Days = VisibilityDays.Default,
    int First = TopCrashersRequest.DefaultFirst)
{
    public const int DefaultFirst = 50;

    /// <summary>Most signatures one request may rank.</summary>
    public const int MaxFirst = 1_000;
}
