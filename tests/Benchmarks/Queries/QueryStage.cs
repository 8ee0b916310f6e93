using CrashSearch.Benchmarks.Postgres;
using CrashSearch.Benchmarks.Report;
using CrashSearch.Indexer;
using Npgsql;

namespace CrashSearch.Benchmarks.Queries;

/// <summary>Runs the mix warm on Crash Search (in-process) and PostgreSQL, and checks that their answers agree.</summary>
internal static class QueryStage
{
    public static async Task<(IReadOnlyList<QueryResult> Results, IReadOnlyList<QueryAnswer> Answers)> RunAsync(
        IReadOnlyList<MixQuery> mix, MixQuery lucenePage, MixQuery? postgresPage, ICrashIndex index, NpgsqlDataSource? database, CancellationToken cancellationToken)
    {
        var results = new List<QueryResult>();
        var answers = new List<QueryAnswer>();
        await using var connection = database is null ? null : await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var query in mix)
        {
            var isPage = query == mix[^1];
            var lucene = isPage ? lucenePage.Lucene : query.Lucene;
            BenchmarkConsole.Progress($"query: {query.Name}");
            var (csLatencies, csAnswer) = await Repeated.MeasureAsync(
                async ct => LuceneAnswer.Of(await index.SearchAsync(lucene, ct).ConfigureAwait(false)),
                warmup: 10, repetitions: 300, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
            answers.Add(csAnswer);
            Latencies? pgLatencies = null;
            string? agreement = null;
            if (connection is not null)
            {
                var sql = isPage ? postgresPage!.Sql : query.Sql;
                var runner = new PostgresQueryRunner(connection);
                var (latencies, pgAnswer) = await Repeated.MeasureAsync(
                    ct => runner.RunAsync(sql, ct), warmup: 2, repetitions: 50, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
                pgLatencies = latencies;
                agreement = csAnswer.Agrees(pgAnswer) ? "same" : "DIFFERENT: " + csAnswer.Difference(pgAnswer);
            }
            BenchmarkConsole.Progress($"  {csAnswer.Summary()}: CS p50 {MarkdownReport.Milliseconds(csLatencies.P50)} ms, PG p50 {(pgLatencies is null ? "-" : MarkdownReport.Milliseconds(pgLatencies.P50))} ms, {agreement}");
            results.Add(new QueryResult(query.Name, query.Description, csAnswer.Summary(), csLatencies, pgLatencies, agreement));
        }
        return (results, answers);
    }
}
