using CrashSearch.Ingest.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrashSearch.Ingest.Tests.HBase;

/// <summary>
/// Against a real HBase REST gateway, when <c>HBASE_REST_URL</c> is set (e.g. http://hbase:8080); the table is
/// <c>HBASE_TABLE</c> (default crash_reports). No HBase runs on the development machines, so this is skipped there.
/// </summary>
public sealed class HBaseLiveTests
{
    [Fact]
    public async Task A_live_gateway_returns_processed_crashes_with_positions_and_times()
    {
        var url = Environment.GetEnvironmentVariable("HBASE_REST_URL");
        if (string.IsNullOrEmpty(url))
            Assert.Skip("HBASE_REST_URL is not set: no live HBase REST gateway to test against (the protocol is tested in HBaseSourceTests).");
        var table = Environment.GetEnvironmentVariable("HBASE_TABLE") is { Length: > 0 } t ? t : "crash_reports";
        var source = CrashSourceSpec.Parse($"hbase:{url.TrimEnd('/')}/{table}?batch=10", TimeProvider.System, false, NullLogger.Instance);

        var records = new List<SourceRecord>();
        await foreach (var record in source.ReadAsync(TestContext.Current.CancellationToken))
        {
            records.Add(record);
            if (records.Count == 20)
                break;
        }

        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.Position)));
        Assert.All(records, r => Assert.NotNull(r.SourceTime));
    }
}
