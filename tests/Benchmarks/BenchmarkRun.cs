using System.Diagnostics;
using CrashSearch.Benchmarks.Analysis;
using CrashSearch.Benchmarks.Api;
using CrashSearch.Benchmarks.Catalogue;
using CrashSearch.Benchmarks.Corpus;
using CrashSearch.Benchmarks.Lucene;
using CrashSearch.Benchmarks.Postgres;
using CrashSearch.Benchmarks.Queries;
using CrashSearch.Benchmarks.Report;
using CrashSearch.Benchmarks.Visibility;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Benchmarks;

/// <summary>One benchmark run, in the order: generate, ingest, load PostgreSQL, the query mix on both, the API, the report.</summary>
internal static class BenchmarkRun
{
    const int Days = 30;
    static readonly TimeSpan ApiDuration = TimeSpan.FromSeconds(20);

    public static async Task<BenchmarkResults> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        var work = arguments.WorkDirectory is { } given ? Directory.CreateDirectory(given).FullName : Directory.CreateTempSubdirectory("crashsearch-bench-").FullName;
        try
        {
            var reference = new DateTimeOffset(started.Year, started.Month, started.Day, started.Hour, 0, 0, TimeSpan.Zero);
            BenchmarkConsole.Progress($"generating {arguments.Crashes:N0} crashes into {work}");
            var corpus = await CrashCorpus.GenerateAsync(Path.Combine(work, "crashes.jsonl"), arguments.Crashes, arguments.Seed, reference, Days, cancellationToken).ConfigureAwait(false);
            BenchmarkConsole.Progress($"ingesting into Lucene");
            var indexDirectory = Path.Combine(work, "index");
            var ingest = await LuceneIngestStage.RunAsync(corpus, indexDirectory, Path.Combine(work, "quarantine"), cancellationToken).ConfigureAwait(false);
            BenchmarkConsole.Progress($"ingested: {ingest.CrashesPerSecond:N0} crashes/s, {ingest.IndexBytesPerCrash:N0} index bytes/crash, {ingest.CpuMicrosecondsPerCrash:N0} CPU µs/crash, {ingest.BusyCores:F2} cores busy");
            var catalogue = await CatalogueCostStage.RunAsync(
                arguments.Crashes, arguments.Seed, reference, Days, work, cancellationToken);
            var database = arguments.SkipPostgres ? null : await PostgresDatabase.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                PostgresLoadResult? load = null;
                if (database is not null)
                {
                    BenchmarkConsole.Progress($"loading {database.Version}");
                    load = await PostgresLoader.LoadAsync(database.Source, corpus, cancellationToken).ConfigureAwait(false);
                }
                using var index = LuceneCrashIndex.Open(indexDirectory, FieldCatalogue.Default, new LuceneIndexOptions { ReadOnly = true });
                var parameters = await MixDiscovery.ChooseAsync(index, corpus, cancellationToken).ConfigureAwait(false);
                var mix = QueryMix.Build(parameters).ToList();
                var lucenePage = await PageCursors.ForLuceneAsync(mix[^1], index, parameters, cancellationToken).ConfigureAwait(false);
                var pgPage = database is null ? null : await PageCursors.ForPostgresAsync(mix[^1], database.Source, parameters, cancellationToken).ConfigureAwait(false);
                var (queries, answers) = await QueryStage.RunAsync(mix, lucenePage, pgPage, index, database?.Source, cancellationToken).ConfigureAwait(false);
                var visibility = await VisibilityStage.RunAsync(index, database?.Source, parameters, cancellationToken).ConfigureAwait(false);
                List<(string, CrashQuery)> analysisMix =
                    [.. mix.SkipLast(1).Select(q => (q.Name, q.Lucene)), (lucenePage.Name, lucenePage.Lucene)];
                var analysis = await AnalysisStage.RunAsync(index, analysisMix, parameters, cancellationToken)
                    .ConfigureAwait(false);
                var api = await ApiStage.RunAsync(indexDirectory, mix, answers, parameters, arguments.ApiClients, ApiDuration, cancellationToken).ConfigureAwait(false);
                return new BenchmarkResults(arguments, MachineInfo.Current(), database?.Version, started, watch.Elapsed, corpus, ingest, catalogue, load, parameters,
                    queries, visibility, api.Load, api.Disagreements, api.PeakBytes, api.IdleBytes, analysis);
            }
            finally
            {
                if (database is not null)
                    await database.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (arguments.WorkDirectory is null)
                Directory.Delete(work, recursive: true);
        }
    }
}
