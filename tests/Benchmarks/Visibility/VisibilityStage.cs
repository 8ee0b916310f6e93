using CrashSearch.Benchmarks.Postgres;
using CrashSearch.Benchmarks.Queries;
using CrashSearch.Benchmarks.Report;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Visibility;
using CrashSearch.Tests;
using Npgsql;

namespace CrashSearch.Benchmarks.Visibility;

/// <summary>
/// Issue 13's reports, warm and in-process on the read-only index, the API's services as they are: topCrashers
/// (all its searches) and the signature report of the top signature, over the 7 days before the reference time;
/// and the top-crashers search of the period alone on Crash Search and PostgreSQL side by side, answers compared.
/// </summary>
internal static class VisibilityStage
{
    const int Days = 7;

    public static async Task<IReadOnlyList<QueryResult>> RunAsync(
        ICrashIndex index, NpgsqlDataSource? database, MixParameters p, CancellationToken cancellationToken)
    {
        var builder = new CrashQueryBuilder(FieldCatalogue.Default, new SearchLimits());
        var search = new VisibilitySearch(index, builder, new StoppedClock(p.To));
        var product = await TopProductAsync(index, p, cancellationToken).ConfigureAwait(false);
        var request = new TopCrashersRequest(product, Days: Days);
        var results = new List<QueryResult>();

        var topCrashers = new TopCrashersService(search);
        var (topLatencies, topAnswer) = await MeasureAsync(async ct =>
        {
            var top = await topCrashers.TopCrashersAsync(request, ct).ConfigureAwait(false);
            return new QueryAnswer(null, [.. top.Select(t => $"{t.Rank} {t.Signature} {t.Count} {t.PreviousRank}")]);
        }, cancellationToken).ConfigureAwait(false);
        results.Add(Result("topCrashers", $"topCrashers(product: {product}, days: {Days}, first: "
            + $"{request.First}): the period and the previous period side by side, then the retention before the "
            + "period for top signatures without a previous rank", topAnswer, topLatencies));

        var signature = (await topCrashers.TopCrashersAsync(request, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault()?.Signature ?? throw new InvalidOperationException($"{product} has no top crasher.");
        var reports = new SignatureReportService(search);
        var (reportLatencies, reportAnswer) = await MeasureAsync(async ct =>
        {
            var report = await reports.ReportAsync(signature, Days, SearchRights.ProtectedFields, ct)
                .ConfigureAwait(false);
            return new QueryAnswer(report?.Count, [.. report?.Versions.Select(v => $"{v.Term}={v.Count}") ?? []]);
        }, cancellationToken).ConfigureAwait(false);
        results.Add(Result("signature report", $"signature(name: the top signature, days: {Days}), with user "
            + "comments (a read-protected caller): the period's facets and newest crashes, first and last seen",
            reportAnswer, reportLatencies));

        results.Add(await PeriodQueryAsync(index, builder, database, request, p, cancellationToken)
            .ConfigureAwait(false));
        return results;
    }

    /// <summary>The top-crashers search of the period alone, on both engines.</summary>
    static async Task<QueryResult> PeriodQueryAsync(ICrashIndex index, CrashQueryBuilder builder,
        NpgsqlDataSource? database, TopCrashersRequest request, MixParameters p, CancellationToken cancellationToken)
    {
        var from = p.To.AddDays(-Days);
        var query = builder.Build(TopCrashersService.Current(request, from, p.To), SearchRights.PublicFields, p.To)
            .Query;
        var (latencies, answer) = await MeasureAsync(
            async ct => LuceneAnswer.Of(await index.SearchAsync(query, ct).ConfigureAwait(false)),
            cancellationToken).ConfigureAwait(false);
        Latencies? pgLatencies = null;
        string? agreement = null;
        if (database is not null)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var runner = new PostgresQueryRunner(connection);
            var sql = TopCrashersSql.Of(from, p.To, request.Product, request.First, TopCrashersService.PlatformsShown);
            var (measured, pgAnswer) = await Repeated.MeasureAsync(ct => runner.RunAsync(sql, ct), warmup: 2,
                repetitions: 50, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
            pgLatencies = measured;
            agreement = answer.Agrees(pgAnswer) ? "same" : "DIFFERENT: " + answer.Difference(pgAnswer);
        }
        var result = new QueryResult("top-crashers query", $"the period's search of topCrashers alone: product "
            + $"{request.Product}, last {Days} days, top {request.First} signatures x (distinct installs, top "
            + $"{TopCrashersService.PlatformsShown} platforms, startup counts)", answer.Summary(), latencies,
            pgLatencies, agreement);
        Progress(result);
        return result;
    }

    static async Task<string> TopProductAsync(ICrashIndex index, MixParameters p, CancellationToken cancellationToken)
    {
        var products = await index.SearchAsync(new CrashQuery
        {
            From = p.WeekFrom,
            To = p.To,
            Size = 0,
            Aggregations = [new TermsAggregation("products", "product", 1, [])],
        }, cancellationToken).ConfigureAwait(false);
        return (string)products.Aggregations[0].Buckets[0].Key;
    }

    static Task<(Latencies, QueryAnswer)> MeasureAsync(
        Func<CancellationToken, Task<QueryAnswer>> run, CancellationToken cancellationToken) =>
        Repeated.MeasureAsync(run, warmup: 10, repetitions: 300, TimeSpan.FromSeconds(10), cancellationToken);

    static QueryResult Result(string name, string description, QueryAnswer answer, Latencies latencies)
    {
        var result = new QueryResult(name, description, answer.Summary(), latencies, null, null);
        Progress(result);
        return result;
    }

    static void Progress(QueryResult result) => BenchmarkConsole.Progress(
        $"visibility: {result.Name}: {result.Answer}: CS p50 {MarkdownReport.Milliseconds(result.CrashSearch.P50)} ms, "
        + $"PG p50 {(result.Postgres is { } pg ? MarkdownReport.Milliseconds(pg.P50) : "-")} ms, "
        + (result.Agreement ?? "not compared"));
}
