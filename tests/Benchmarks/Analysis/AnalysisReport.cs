using System.Globalization;
using System.Text;
using CrashSearch.Benchmarks.Report;

namespace CrashSearch.Benchmarks.Analysis;

/// <summary>The report's section on correlations and analysis jobs, with the issue's two targets for them.</summary>
internal static class AnalysisReport
{
    public static void Write(StringBuilder s, AnalysisResult? a)
    {
        if (a is null)
            return;
        var seconds = a.JobTime.TotalSeconds;
        var rate = seconds > 0 ? a.JobCrashes / seconds : 0;
        var perMillion = seconds * 1_000_000 / Math.Max(1, a.JobCrashes);
        Line(s, "## Correlations and analysis jobs");
        Line(s);
        Line(s, "| target | measured | |");
        Line(s, "|---|---|---|");
        Line(s, "| correlations of one signature vs its product over 7 days p50 <= 200 ms | "
            + $"{Ms(a.Correlations.P50)} ms | {Verdict(a.Correlations.P50, 200, " ms")} |");
        Line(s, $"| analysis job over every crash <= 10 s per 1,000,000 | {F2(seconds)} s for "
            + $"{a.JobCrashes:N0} crashes | {Verdict(perMillion, 10, " s per 1,000,000")} |");
        Line(s);
        Line(s, $"- **correlations**: `{a.Signature}` (the most frequent signature of the last 7 days, "
            + $"{a.GroupTotal:N0} crashes) against every crash of its products in the window ({a.ReferenceTotal:N0}), "
            + $"the default fields: p50 / p95 / p99 {Triple(a.Correlations)} ms. First result: {a.TopCorrelation}.");
        Line(s, "- **analysis job**: GROUP by signature and platform, distinct versions, min, max and percentiles of "
            + $"uptime, over every crash of the retention, as the job worker runs it ({a.JobMethod}, CPU share "
            + $"{F2(a.JobCpuShare)} of a core): {a.JobCrashes:N0} crashes, {a.JobGroups:N0} "
            + $"groups, {F2(seconds)} s ({rate:N0} crashes/s).");
        Line(s);
        Line(s, "The query mix in-process, alone and while that job runs again and again beside it:");
        Line(s);
        Line(s, "| query | alone p50 / p95 / p99 ms (runs) | beside a job p50 / p95 / p99 ms (runs) "
            + "| p50 beside / alone |");
        Line(s, "|---|---|---|---|");
        foreach (var (name, alone, beside) in a.Mix)
            Line(s, $"| {name} | {Triple(alone)} | {Triple(beside)} | {F2(beside.P50 / alone.P50)}x |");
        Line(s);
    }

    static string Verdict(double value, double limit, string unit) =>
        value <= limit ? "met" : $"missed by {F2(value - limit)}{unit}";

    static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

    static string Ms(double ms) => MarkdownReport.Milliseconds(ms);

    static string Triple(Latencies l) => $"{Ms(l.P50)} / {Ms(l.P95)} / {Ms(l.P99)} ({l.Count})";

    static void Line(StringBuilder s, string? text = null) => s.Append(text).Append('\n');
}
