using System.Diagnostics;
using CrashSearch.Benchmarks.Queries;
using CrashSearch.Benchmarks.Report;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Analysis;
using Microsoft.Extensions.Options;

namespace CrashSearch.Benchmarks.Analysis;

/// <summary>
/// Times, in-process on the read-only index and with the API's own classes and default options: correlations of the
/// most frequent signature of the last 7 days against its product; one GROUP job over every crash (as the job worker
/// runs it, within its CPU share); and the query mix alone and beside a job that runs again and again.
/// </summary>
internal static class AnalysisStage
{
    static readonly AnalysisJobSpec Job = new()
    {
        Kind = AnalysisJobKind.Group,
        GroupBy = ["signature", "platform"],
        Distinct = "version",
        Number = "uptime",
    };

    public static async Task<AnalysisResult> RunAsync(
        ICrashIndex index, IReadOnlyList<(string Name, CrashQuery Query)> mix, MixParameters parameters,
        CancellationToken cancellationToken)
    {
        var builder = new CrashQueryBuilder(FieldCatalogue.Default, new SearchLimits());
        var settings = new AnalysisOptions();
        var signature = await TopSignatureAsync(index, parameters, cancellationToken);
        var correlator = new Correlator(index, builder, Options.Create(settings));
        var request = new CorrelationRequest(
            $"signature:=\"{signature}\"", null, null,
            CorrelationRequest.DefaultFirst);
        BenchmarkConsole.Progress($"correlations of {signature}");
        CorrelationReport? report = null;
        var (correlations, _) = await Repeated.MeasureAsync(async ct =>
        {
            report = await correlator.CorrelateAsync(request, SearchRights.PublicFields, parameters.To, ct);
            return new QueryAnswer(report.GroupTotal, []);
        }, warmup: 5, repetitions: 50, TimeSpan.FromSeconds(20), cancellationToken);
        BenchmarkConsole.Progress($"  p50 {MarkdownReport.Milliseconds(correlations.P50)} ms");
        var planner = new AnalysisJobPlanner(builder, Options.Create(settings));
        var query = planner.Query(Job, SearchRights.PublicFields, DateTimeOffset.UtcNow);
        BenchmarkConsole.Progress("analysis job over every crash");
        var watch = Stopwatch.StartNew();
        var (crashes, groups) = await RunJobAsync(index, query, settings, cancellationToken);
        watch.Stop();
        BenchmarkConsole.Progress($"  {crashes:N0} crashes in {watch.Elapsed.TotalSeconds:F2} s");
        var beside = await MixBesideJobAsync(index, mix, query, settings, cancellationToken);
        var top = report!.Correlations.FirstOrDefault() is { } best
            ? $"{best.Field} = {best.Value}: {best.GroupPercent:F2}% against {best.ReferencePercent:F2}% "
                + $"(score {best.Score:F1})"
            : "none";
        var method = GroupCounting.CanCount(Job, FieldCatalogue.Default)
            ? $"counted by the engine's aggregations, chunks of about {settings.GroupChunkSize:N0} crashes of the "
                + "first field's values"
            : $"read a day at a time, pages of {settings.PageSize:N0} by cursor";
        return new AnalysisResult(signature, report.GroupTotal, report.ReferenceTotal, correlations, top, crashes,
            watch.Elapsed, groups, settings.MaxCpuShare, method, beside);
    }

    static async Task<string> TopSignatureAsync(
        ICrashIndex index, MixParameters parameters, CancellationToken cancellationToken)
    {
        var result = await index.SearchAsync(new CrashQuery
        {
            From = parameters.WeekFrom,
            To = parameters.To,
            Size = 0,
            Aggregations = [new TermsAggregation("signature", "signature", 1, [])],
        }, cancellationToken);
        return (string)result.Aggregations[0].Buckets[0].Key;
    }

    static async Task<(long Crashes, int Groups)> RunJobAsync(
        ICrashIndex index, CrashQuery query, AnalysisOptions settings, CancellationToken cancellationToken)
    {
        var groups = await GroupJob.RunAsync(index, query, Job, FieldCatalogue.Default, settings,
            (_, _) => Task.FromResult(true), cancellationToken);
        return (groups?.Crashes ?? 0, groups?.Groups.Count ?? 0);
    }

    static async Task<IReadOnlyList<(string, Latencies, Latencies)>> MixBesideJobAsync(
        ICrashIndex index, IReadOnlyList<(string Name, CrashQuery Query)> mix, CrashQuery job, AnalysisOptions settings,
        CancellationToken cancellationToken)
    {
        var alone = new List<Latencies>();
        foreach (var (name, query) in mix)
        {
            BenchmarkConsole.Progress($"mix alone: {name}");
            alone.Add(await MeasureAsync(index, query, cancellationToken));
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var jobs = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                await RunJobAsync(index, job, settings, stop.Token);
        }, CancellationToken.None);
        var results = new List<(string, Latencies, Latencies)>();
        try
        {
            for (var i = 0; i < mix.Count; i++)
            {
                BenchmarkConsole.Progress($"mix beside a job: {mix[i].Name}");
                results.Add((mix[i].Name, alone[i], await MeasureAsync(index, mix[i].Query, cancellationToken)));
            }
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await jobs;
            }
            catch (OperationCanceledException)
            {
                // The job loop was told to stop.
            }
        }
        return results;
    }

    static async Task<Latencies> MeasureAsync(ICrashIndex index, CrashQuery query, CancellationToken cancellationToken)
    {
        var (latencies, _) = await Repeated.MeasureAsync(
            async ct => LuceneAnswer.Of(await index.SearchAsync(query, ct)),
            warmup: 10, repetitions: 300, TimeSpan.FromSeconds(10), cancellationToken);
        return latencies;
    }
}
