namespace CrashSearch.SearchApi.Analysis;

/// <summary>What a job computes.</summary>
internal enum AnalysisJobKind
{
    /// <summary>Counts (and distinct counts, min, max, percentiles) per group of up to 3 fields.</summary>
    Group,

    /// <summary>Chosen columns of every matching crash.</summary>
    Export,
}
