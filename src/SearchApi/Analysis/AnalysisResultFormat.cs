namespace CrashSearch.SearchApi.Analysis;

/// <summary>The two forms of every job result.</summary>
internal enum AnalysisResultFormat
{
    Csv,
    Json,
}
