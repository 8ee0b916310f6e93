namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// A definition with its fragment spreads expanded: its nodes (capped just above the limit) and how deep its fragment
/// spreads nest (0 when it spreads none).
/// </summary>
internal readonly record struct FragmentExpansion(long Nodes, int SpreadDepth);
