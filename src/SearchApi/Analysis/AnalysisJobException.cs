namespace CrashSearch.SearchApi.Analysis;

/// <summary>A job cannot finish; its message is shown to the job's owner as the job's error.</summary>
internal sealed class AnalysisJobException(string message) : Exception(message);
