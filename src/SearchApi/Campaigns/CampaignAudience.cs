namespace CrashSearch.SearchApi.Campaigns;

/// <summary>
/// Who a campaign reaches: the distinct addresses (trimmed, lower case) of the matching crashes, and how many
/// matching crashes left one. The addresses stay in memory: they are never logged, stored or answered.
/// </summary>
internal sealed record CampaignAudience(IReadOnlyList<string> Addresses, long Crashes);
