namespace CrashSearch.SearchApi.Visibility;

/// <summary>A signature with critical crashes in the period.</summary>
/// <param name="Rank">1 for the signature with the most critical crashes.</param>
/// <param name="Signature">The signature.</param>
/// <param name="Count">Its crashes that are critical for at least one reason.</param>
/// <param name="Kinds">Its critical crashes per reason, most first; a crash may count for several.</param>
internal sealed record CriticalCrash(int Rank, string Signature, long Count, IReadOnlyList<CriticalKindCount> Kinds);
