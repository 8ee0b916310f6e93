namespace CrashSearch.SearchApi.Visibility;

/// <summary>Crashes with one value of a field (numbers written as text).</summary>
internal sealed record TermCount(string Term, long Count);
