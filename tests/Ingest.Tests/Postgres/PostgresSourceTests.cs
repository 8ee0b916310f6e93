using System.Diagnostics;
using System.Text;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Ingest.Sources;
using CrashSearch.Ingest.Sources.Postgres;
using CrashSearch.Ingest.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using NpgsqlTypes;

namespace CrashSearch.Ingest.Tests.Postgres;

/// <summary>The PostgreSQL source against a real server: backfill, resume, weekly tables, follow mode, restarts, bad rows.</summary>
public sealed class PostgresSourceTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>, IDisposable
{
    readonly TempDirectory _temp = new();

    string IndexDirectory => _temp.Combine("index");

    static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    async Task<CrashDatabase> DatabaseAsync() => await CrashDatabase.CreateAsync(fixture.Require());

    static ICrashSource Source(string spec, bool follow = false) =>
        CrashSourceSpec.Parse(spec, TimeProvider.System, watch: follow, NullLogger.Instance);

    [Fact]
    public async Task Backfill_reads_every_row_in_keyset_batches_and_stores_its_position_with_the_commit()
    {
        var database = await DatabaseAsync();
        var rows = CrashDatabase.Synthetic(120).ToList();
        await database.CopyAsync(rows);

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Source(database.Spec("batch=7")));

        Assert.Equal((120L, 0L), (summary.Ingested, summary.Quarantined));
        var uuids = await IndexContents.AllUuidsAsync(IndexDirectory);
        Assert.Equal(rows.Select(r => r.Uuid.ToString()).Order(StringComparer.Ordinal), uuids.Order(StringComparer.Ordinal));
        var newest = rows.MaxBy(r => (r.DateProcessed, r.Uuid.ToString()))!;
        var position = PostgresKey.Parse((await IndexContents.CheckpointAsync(IndexDirectory))["postgres:processed_crashes"]);
        Assert.Equal((newest.DateProcessed.UtcDateTime, newest.Uuid.ToString()), (position.DateProcessed, position.Uuid));
    }

    [Fact]
    public async Task A_second_run_resumes_from_the_checkpoint_and_reads_only_the_new_rows()
    {
        var database = await DatabaseAsync();
        await database.CopyAsync(CrashDatabase.Synthetic(40, days: 2));
        await LuceneIngest.RunAsync(IndexDirectory, Source(database.Spec("overlap=0s")));
        // Newer than everything read so far, as a live processor would write them.
        var newer = CrashDatabase.Synthetic(15, seed: 2, days: 1).Select(r => r with { DateProcessed = TestCrashes.Date.AddHours(1) }).ToList();
        await database.CopyAsync(newer);

        var second = await LuceneIngest.RunAsync(IndexDirectory, Source(database.Spec("overlap=0s")));

        Assert.Equal(15L, second.Ingested);
        Assert.Equal(55, (await IndexContents.AllUuidsAsync(IndexDirectory)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_table_read_once_measures_the_rows_after_its_position_and_a_followed_one_none()
    {
        var database = await DatabaseAsync();
        var rows = CrashDatabase.Synthetic(30, days: 5).OrderBy(r => (r.DateProcessed, r.Uuid.ToString())).ToList();
        await database.CopyAsync(rows);
        var source = (ISizedSource)Source(database.Spec());
        var tenth = new PostgresKey(rows[9].DateProcessed.UtcDateTime, rows[9].Uuid.ToString());

        Assert.Equal(new SourceSize(30, SourceSizeUnit.Records), await source.MeasureAsync(null, Token));
        Assert.Equal(new SourceSize(20, SourceSizeUnit.Records), await source.MeasureAsync(tenth.ToString(), Token));
        Assert.Null(await ((ISizedSource)Source(database.Spec(), follow: true)).MeasureAsync(null, Token));
    }

    [Fact]
    public async Task The_from_option_starts_the_backfill_at_a_date()
    {
        var database = await DatabaseAsync();
        var rows = CrashDatabase.Synthetic(60, days: 20).ToList();
        await database.CopyAsync(rows);
        var from = TestCrashes.Date.AddDays(-10);

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Source(database.Spec($"from={from:yyyy-MM-ddTHH:mm:ssZ}")));

        Assert.Equal(rows.Count(r => r.DateProcessed >= from), summary.Ingested);
    }

    [Fact]
    public async Task Weekly_tables_matched_by_a_pattern_are_read_as_one_sequence()
    {
        var database = await DatabaseAsync();
        var rows = CrashDatabase.Synthetic(90, days: 21).ToList();
        foreach (var week in rows.GroupBy(r => System.Globalization.ISOWeek.GetWeekOfYear(r.DateProcessed.UtcDateTime)))
        {
            var day = week.First().DateProcessed.UtcDateTime.Date;
            await database.ExecuteAsync($"SELECT crashsearch_create_weekly_table('{day:yyyy-MM-dd}')");
            await database.CopyAsync(week, $"processed_crashes_{System.Globalization.ISOWeek.GetYear(day)}{System.Globalization.ISOWeek.GetWeekOfYear(day):D2}");
        }

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Source(database.Spec("table=processed_crashes_*&batch=10")));

        Assert.Equal(90L, summary.Ingested);
        Assert.Equal(90, (await IndexContents.AllUuidsAsync(IndexDirectory)).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("postgres:processed_crashes_*", (await IndexContents.CheckpointAsync(IndexDirectory)).Keys);
    }

    [Fact]
    public async Task Bad_rows_are_quarantined_with_their_reason_and_raw_record_and_the_rest_is_indexed()
    {
        var database = await DatabaseAsync();
        var good = CrashDatabase.Synthetic(5).ToList();
        await database.CopyAsync(good);
        var date = TestCrashes.Date;
        var bad = BadRows.Json(date);
        await database.CopyAsync(bad.Select(b => b.Row));
        // A json column cannot hold invalid JSON, a text column can; a bytea column can hold invalid UTF-8.
        await database.ExecuteAsync("CREATE TABLE text_crashes (uuid uuid PRIMARY KEY, date_processed timestamptz NOT NULL, processed_crash text NOT NULL)");
        await database.CopyAsync([new CrashRow(Guid.NewGuid(), date, "{\"uuid\": \"broken")], "text_crashes", NpgsqlDbType.Text);
        await database.ExecuteAsync("CREATE TABLE byte_crashes (uuid uuid PRIMARY KEY, date_processed timestamptz NOT NULL, processed_crash bytea NOT NULL)");
        var invalidUtf8 = Encoding.UTF8.GetBytes(TestCrashes.Minimal("utf8-bad").ToJsonString().Replace("mozilla::dom::Foo::Bar\"", "mozilla::dom::Foo::Bar\u00ff\"", StringComparison.Ordinal));
        invalidUtf8 = [.. invalidUtf8.AsSpan(0, Array.IndexOf(invalidUtf8, (byte)0xC3)), 0xFF, .. invalidUtf8.AsSpan(Array.IndexOf(invalidUtf8, (byte)0xC3) + 2)];
        await database.ExecuteAsync("INSERT INTO byte_crashes VALUES ($1, $2, $3)", Guid.NewGuid(), date.UtcDateTime, invalidUtf8);

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Source(database.Spec("table=processed_crashes,text_crashes,byte_crashes")));

        Assert.Equal((5L, bad.Count + 2L), (summary.Ingested, summary.Quarantined));
        var reasons = IndexContents.QuarantineReasons(IndexDirectory).Values.ToList();
        foreach (var (_, expected) in bad)
            Assert.Contains(reasons, r => r.Contains(expected, StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("invalid JSON", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("invalid UTF-8 at byte", StringComparison.Ordinal));
        var kept = Directory.GetFiles(_temp.Combine("index", "quarantine"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".reason.json", StringComparison.Ordinal)).Select(File.ReadAllBytes).ToList();
        Assert.Contains(kept, k => k.AsSpan().SequenceEqual(invalidUtf8));
        Assert.Contains(kept, k => k.Length > 10_000_000);
        Assert.Equal(good.Select(r => r.Uuid.ToString()).Order(StringComparer.Ordinal), (await IndexContents.AllUuidsAsync(IndexDirectory)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_missing_table_stops_the_run_with_a_clear_message()
    {
        var database = await DatabaseAsync();

        var error = await Assert.ThrowsAsync<CrashSourceException>(() => LuceneIngest.RunAsync(IndexDirectory, Source(database.Spec("table=no_such_table"))));

        Assert.Contains("the table or view 'no_such_table' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_exits_1_with_the_reason_when_the_table_is_missing()
    {
        var database = await DatabaseAsync();

        var (code, _, error) = await IngestProcess.RunAsync(null, "--source", database.Spec("table=crashes_typo"), "--index", IndexDirectory, "--once");

        Assert.Equal(1, code);
        Assert.Contains("error: ingest failed: postgres:127.0.0.1:", error, StringComparison.Ordinal);
        Assert.Contains("the table or view 'crashes_typo' does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_committed_late_with_an_older_date_is_still_read_within_the_overlap_window()
    {
        var database = await DatabaseAsync();
        await database.CopyAsync(CrashDatabase.Synthetic(10, days: 1).Select((r, i) => r with { DateProcessed = TestCrashes.Date.AddSeconds(i) }));
        await LuceneIngest.RunAsync(IndexDirectory, Source(database.Spec("overlap=30s")));
        // Dated before the newest row already read, as a transaction that started earlier and committed later.
        var late = CrashDatabase.Synthetic(1, seed: 9).Single() with { DateProcessed = TestCrashes.Date.AddSeconds(3.5) };
        await database.CopyAsync([late]);

        var second = await LuceneIngest.RunAsync(IndexDirectory, Source(database.Spec("overlap=30s")));

        Assert.Contains(late.Uuid.ToString(), await IndexContents.AllUuidsAsync(IndexDirectory));
        Assert.True(second.Ingested >= 1);
        Assert.Equal(11, (await IndexContents.AllUuidsAsync(IndexDirectory)).Count);
    }

    [Fact]
    public async Task Follow_mode_makes_an_inserted_row_searchable_on_its_notification_without_waiting_for_a_poll()
    {
        var database = await DatabaseAsync();
        using var index = LuceneCrashIndex.Open(IndexDirectory, FieldCatalogue.Default);
        var pipeline = NewPipeline(index, new IngestOptions { BatchTimeout = TimeSpan.FromMilliseconds(100), CommitInterval = TimeSpan.FromMilliseconds(200) });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        // An hour between polls, far beyond how long the test waits: only the notification can bring a row in.
        var run = pipeline.RunAsync(Source(database.Spec("poll=60m"), follow: true), stop.Token);
        await Eventually.TrueAsync(database.IsListenedToAsync, "the source to listen for notifications");
        var latencies = new List<TimeSpan>();
        foreach (var row in CrashDatabase.Synthetic(5, seed: 4, days: 1))
        {
            var watch = Stopwatch.StartNew();
            await database.CopyAsync([row with { DateProcessed = DateTimeOffset.UtcNow }]);
            await Eventually.TrueAsync(() => IsSearchableAsync(index, row.Uuid.ToString()), "the row to be searchable");
            latencies.Add(watch.Elapsed);
        }
        await stop.CancelAsync();
        var summary = await run;

        TestContext.Current.TestOutputHelper?.WriteLine($"insert-to-searchable latency (ms): {string.Join(", ", latencies.Select(l => (int)l.TotalMilliseconds))}");
        Assert.Equal(5L, summary.Ingested);
    }

    [Fact]
    public async Task Restarting_the_server_mid_ingest_loses_nothing()
    {
        var server = fixture.Require();
        var database = await DatabaseAsync();
        await database.CopyAsync(CrashDatabase.Synthetic(3000, seed: 5));
        using var index = LuceneCrashIndex.Open(IndexDirectory, FieldCatalogue.Default);
        var pipeline = NewPipeline(index, new IngestOptions { BatchSize = 100 });
        var run = pipeline.RunAsync(Source(database.Spec("batch=50")), Token);
        await Eventually.TrueAsync(() => pipeline.Progress.Ingested >= 300, "300 crashes to be ingested");

        await server.StopAsync(Token);
        await Task.Delay(1500, Token);
        await server.StartAsync(Token);
        var summary = await run;

        Assert.True(summary.Ingested >= 3000, $"ingested {summary.Ingested}");
        Assert.Equal(3000, (await SearchAllAsync(index)).Distinct(StringComparer.Ordinal).Count());
    }

    IngestPipeline NewPipeline(LuceneCrashIndex index, IngestOptions options) => new(
        index, new Quarantine(_temp.Combine("quarantine")), new CrashDocumentBuilder(FieldCatalogue.Default),
        options, NullLogger<IngestPipeline>.Instance);

    static async Task<bool> IsSearchableAsync(LuceneCrashIndex index, string uuid)
    {
        var result = await index.SearchAsync(new Indexer.Queries.CrashQuery
        {
            From = TestCrashes.Date.AddDays(-400),
            To = TestCrashes.Date.AddDays(400),
            Filter = new Indexer.Queries.FieldPredicate("uuid", Indexer.Queries.PredicateOperator.Exact, uuid),
            Columns = ["uuid"],
        }, Token);
        return result.Total == 1;
    }

    static async Task<List<string>> SearchAllAsync(LuceneCrashIndex index)
    {
        var uuids = new List<string>();
        Indexer.Queries.SearchCursor? after = null;
        for (var pages = 0; pages < 1000; pages++) // a cursor that repeated its page would otherwise page forever
        {
            var page = await index.SearchAsync(new Indexer.Queries.CrashQuery
            {
                From = TestCrashes.Date.AddDays(-400), To = TestCrashes.Date.AddDays(400), Size = 1000, After = after, Columns = ["uuid"],
            }, Token);
            uuids.AddRange(page.Hits.Select(h => h.Uuid));
            if (page.Hits.Count < 1000)
                return uuids;
            after = page.Hits[^1].Cursor;
        }
        throw new InvalidOperationException("Paging went on past 1,000 pages of 1,000 crashes.");
    }
}
