using CrashSearch.Benchmarks.Report;

namespace CrashSearch.Benchmarks.Analysis;

/// <summary>What the analysis stage measured: correlations, one analysis job, the mix beside a running job.</summary>
internal sealed record AnalysisResult(
    string Signature,
    long GroupTotal,
    long ReferenceTotal,
    Latencies Correlations,
    string TopCorrelation,
    long JobCrashes,
    TimeSpan JobTime,
    int JobGroups,
    double JobCpuShare,
    string JobMethod,
    IReadOnlyList<(string Name, Latencies Alone, Latencies BesideJob)> Mix);
