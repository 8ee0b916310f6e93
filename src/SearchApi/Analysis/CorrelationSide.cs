namespace CrashSearch.SearchApi.Analysis;

/// <summary>The two sets correlations compare.</summary>
internal enum CorrelationSide
{
    Group,
    Reference,
}
