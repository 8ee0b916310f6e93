using CrashSearch.Ingest.Retries;
using CrashSearch.Ingest.Sources;
using CrashSearch.Ingest.Sources.HBase;
using CrashSearch.Ingest.Tests.Postgres;
using CrashSearch.Ingest.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrashSearch.Ingest.Tests.HBase;

/// <summary>The HBase source against an in-process gateway that speaks the REST scanner protocol.</summary>
public sealed class HBaseSourceTests : IDisposable
{
    const string Table = "crash_reports";
    const string Column = "processed_data:json";

    readonly StargateServer _gateway = new();
    readonly TempDirectory _temp = new();

    public void Dispose()
    {
        _gateway.Dispose();
        _temp.Dispose();
    }

    string IndexDirectory => _temp.Combine("index");

    static readonly DateTimeOffset Written = new(2026, 11, 18, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Rows keyed like Socorro's (a salt digit, then the crash date and uuid).</summary>
    List<string> PutCrashes(int count, int first = 0)
    {
        var uuids = new List<string>();
        for (var i = first; i < first + count; i++)
        {
            var uuid = $"hbase-{i:D5}";
            _gateway.Put(Table, $"{i % 10}{i:D5}-{uuid}", Column, TestCrashes.Minimal(uuid).ToJsonString(), Written.AddMinutes(i).ToUnixTimeMilliseconds());
            uuids.Add(uuid);
        }
        return uuids;
    }

    HBaseCrashSource Source(string options = "", bool follow = false) =>
        (HBaseCrashSource)CrashSourceSpec.Parse($"hbase:{_gateway.Url}{Table}{(options.Length > 0 ? "?" + options : "")}", TimeProvider.System, follow, NullLogger.Instance);

    static HBaseCrashSource WithFastRetries(HBaseCrashSource source) => new(
        new HBaseSourceOptions
        {
            Gateway = source.Options.Gateway, Table = source.Options.Table, BatchSize = source.Options.BatchSize,
            Retry = new RetryOptions { InitialDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50), GiveUpAfter = TimeSpan.FromSeconds(20) },
        },
        TimeProvider.System, NullLogger.Instance);

    [Fact]
    public async Task A_table_is_read_in_row_key_order_in_batches_and_every_scanner_is_deleted()
    {
        var uuids = PutCrashes(25);

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Source("batch=4"));

        Assert.Equal((25L, 0L), (summary.Ingested, summary.Quarantined));
        Assert.Equal(uuids.Order(StringComparer.Ordinal), (await IndexContents.AllUuidsAsync(IndexDirectory)).Order(StringComparer.Ordinal));
        Assert.Equal(0, _gateway.OpenScanners);
        Assert.Equal(_gateway.ScannersCreated, _gateway.ScannersDeleted);
        Assert.Contains("batch=\"4\"", _gateway.ScannerSpecs[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_run_resumes_just_after_the_last_committed_row_key()
    {
        PutCrashes(12);
        await LuceneIngest.RunAsync(IndexDirectory, Source());
        var checkpoint = await IndexContents.CheckpointAsync(IndexDirectory);
        Assert.Equal("9" + "00009-hbase-00009", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(checkpoint["hbase:crash_reports"])));
        // Keys after the last one read ("900009-..."), and one before it that a resumed scan must not see.
        _gateway.Put(Table, "9500000-late", Column, TestCrashes.Minimal("hbase-late").ToJsonString(), Written.ToUnixTimeMilliseconds());
        _gateway.Put(Table, "0000000-early", Column, TestCrashes.Minimal("hbase-early").ToJsonString(), Written.ToUnixTimeMilliseconds());

        var second = await LuceneIngest.RunAsync(IndexDirectory, Source());

        Assert.Equal(1L, second.Ingested);
        Assert.Contains("hbase-late", await IndexContents.AllUuidsAsync(IndexDirectory));
        Assert.Contains("startRow=", _gateway.ScannerSpecs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_scanner_is_recreated_after_the_last_row_read_with_nothing_lost_or_repeated()
    {
        var uuids = PutCrashes(30);
        var read = new List<SourceRecord>();

        await foreach (var record in Source("batch=5").ReadAsync(TestContext.Current.CancellationToken))
        {
            read.Add(record);
            if (read.Count is 5 or 17)
                _gateway.ForgetScanners();
        }

        Assert.Equal(30, read.Count);
        Assert.Equal(30, read.Select(r => r.Position).Distinct(StringComparer.Ordinal).Count());
        Assert.True(_gateway.ScannersCreated >= 3);
        Assert.Equal(uuids.Order(StringComparer.Ordinal), read.Select(r => System.Text.Json.JsonDocument.Parse(r.Data).RootElement.GetProperty("uuid").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Gateway_503s_are_retried_with_back_off_until_it_answers()
    {
        PutCrashes(10);
        _gateway.FailNext(4);

        var records = await ReadAllAsync(WithFastRetries(Source("batch=3")));

        Assert.Equal(10, records.Count);
    }

    [Fact]
    public async Task A_missing_table_stops_the_run_with_a_clear_message()
    {
        var source = (HBaseCrashSource)CrashSourceSpec.Parse($"hbase:{_gateway.Url}no_such_table", TimeProvider.System, false, NullLogger.Instance);

        var error = await Assert.ThrowsAsync<CrashSourceException>(() => ReadAllAsync(source));

        Assert.Contains("table 'no_such_table' not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_time_range_is_sent_as_start_and_end_time_and_bounds_the_cells_read()
    {
        PutCrashes(20);
        var from = Written.AddMinutes(5);
        var to = Written.AddMinutes(10);

        var records = await ReadAllAsync(Source($"from={from:yyyy-MM-ddTHH:mm:ssZ}&to={to:yyyy-MM-ddTHH:mm:ssZ}"));

        Assert.Equal(5, records.Count);
        Assert.All(records, r => Assert.InRange(r.SourceTime!.Value, from, to.AddTicks(-1)));
        Assert.Contains($"startTime=\"{from.ToUnixTimeMilliseconds()}\"", _gateway.ScannerSpecs[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_cells_are_quarantined_and_the_rest_indexed()
    {
        PutCrashes(3);
        _gateway.Put(Table, "5000000-bad", Column, "{\"uuid\": ", Written.ToUnixTimeMilliseconds());

        var summary = await LuceneIngest.RunAsync(IndexDirectory, Source());

        Assert.Equal((3L, 1L), (summary.Ingested, summary.Quarantined));
        Assert.Contains(IndexContents.QuarantineReasons(IndexDirectory), r => r.Key.Contains("row=5000000-bad", StringComparison.Ordinal) && r.Value.StartsWith("invalid JSON", StringComparison.Ordinal));
    }

    static async Task<List<SourceRecord>> ReadAllAsync(ICrashSource source)
    {
        var records = new List<SourceRecord>();
        await foreach (var record in source.ReadAsync(TestContext.Current.CancellationToken))
            records.Add(record);
        return records;
    }
}
