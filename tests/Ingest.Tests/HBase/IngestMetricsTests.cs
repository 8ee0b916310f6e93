using System.Diagnostics.Metrics;
using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Ingest.Metrics;
using CrashSearch.Ingest.Sources;
using CrashSearch.Ingest.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrashSearch.Ingest.Tests.HBase;

/// <summary>The meter CrashSearch.Ingest, fed by a real run from the in-process HBase gateway (a dated, resumable source).</summary>
public sealed class IngestMetricsTests
{
    [Fact]
    public async Task A_run_reports_crashes_bytes_quarantined_truncated_and_lag_as_metrics_and_in_its_summary()
    {
        using var gateway = new StargateServer();
        using var temp = new TempDirectory();
        var written = DateTimeOffset.UtcNow.AddMinutes(-3);
        for (var i = 0; i < 6; i++)
            gateway.Put("crashes", $"row-{i}", "processed_data:json", TestCrashes.Minimal($"metric-{i}").ToJsonString(), written.ToUnixTimeMilliseconds());
        var longFunction = TestCrashes.Minimal("metric-long", function: new string('f', 40_000)).ToJsonString();
        gateway.Put("crashes", "row-8", "processed_data:json", longFunction, written.ToUnixTimeMilliseconds());
        gateway.Put("crashes", "row-9", "processed_data:json", "not json", written.ToUnixTimeMilliseconds());
        var measured = new Dictionary<string, double>(StringComparer.Ordinal);
        using var metrics = new IngestMetrics();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == IngestMetrics.MeterName)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (measured)
                measured[instrument.Name] = measured.GetValueOrDefault(instrument.Name) + value;
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            lock (measured)
                measured[instrument.Name] = value;
        });
        listener.Start();
        using var index = LuceneCrashIndex.Open(temp.Combine("index"), FieldCatalogue.Default);
        var pipeline = new IngestPipeline(index, new Quarantine(temp.Combine("quarantine")), new CrashDocumentBuilder(FieldCatalogue.Default),
            new IngestOptions(), NullLogger<IngestPipeline>.Instance, metrics: metrics);

        var summary = await pipeline.RunAsync(CrashSourceSpec.Parse($"hbase:{gateway.Url}crashes", TimeProvider.System), TestContext.Current.CancellationToken);
        listener.RecordObservableInstruments();

        Assert.Equal(7, measured["crashsearch.ingest.crashes"]);
        Assert.Equal(1, measured["crashsearch.ingest.quarantined"]);
        Assert.Equal(1, measured["crashsearch.ingest.truncated"]);
        Assert.Equal(new IngestTruncations(1, 1, 0), summary.Truncated);
        Assert.Equal(summary.Bytes, measured["crashsearch.ingest.bytes"]);
        Assert.InRange(measured["crashsearch.ingest.lag"], 170, 600);
        Assert.InRange(summary.Lag!.Value.TotalSeconds, 170, 600);
    }
}
