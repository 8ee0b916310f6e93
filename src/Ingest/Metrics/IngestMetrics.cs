using System.Diagnostics.Metrics;

namespace CrashSearch.Ingest.Metrics;

/// <summary>
/// The ingest numbers as <see cref="System.Diagnostics.Metrics"/> instruments of the meter
/// <c>CrashSearch.Ingest</c>, for OpenTelemetry or <c>dotnet-counters</c>. One instance per process (or per DI
/// container, through <see cref="IMeterFactory"/>).
/// </summary>
internal sealed class IngestMetrics : IDisposable
{
    public const string MeterName = IngestMeter.Name;

    readonly Meter _meter;
    readonly Counter<long> _crashes;
    readonly Counter<long> _bytes;
    readonly Counter<long> _quarantined;
    readonly Counter<long> _retries;
    readonly Counter<long> _truncated;
    double _lagSeconds = double.NaN;

    public IngestMetrics(IMeterFactory? factory = null)
    {
        _meter = factory?.Create(MeterName) ?? new Meter(MeterName);
        _crashes = _meter.CreateCounter<long>("crashsearch.ingest.crashes", "{crash}", "Crashes indexed.");
        _bytes = _meter.CreateCounter<long>("crashsearch.ingest.bytes", "By", "Bytes of processed crashes read from the source.");
        _quarantined = _meter.CreateCounter<long>("crashsearch.ingest.quarantined", "{record}", "Records put in quarantine.");
        _truncated = _meter.CreateCounter<long>("crashsearch.ingest.truncated", "{crash}",
            "Crashes indexed cut, by reason: a value over the term limit (long_value) or frames past the cap "
            + "(deep_stack).");
        _retries = _meter.CreateCounter<long>("crashsearch.ingest.retries", "{retry}", "Source operations retried after a transient failure.");
        _meter.CreateObservableGauge("crashsearch.ingest.lag", ObserveLag, "s",
            "How far behind the source the last commit was: commit time minus the source time of its last crash.");
    }

    public void AddCrashes(long count) => _crashes.Add(count);

    public void AddBytes(long bytes) => _bytes.Add(bytes);

    public void AddQuarantined() => _quarantined.Add(1);

    public void AddTruncated(bool longValue, bool deepStack)
    {
        if (longValue)
            _truncated.Add(1, new KeyValuePair<string, object?>("reason", "long_value"));
        if (deepStack)
            _truncated.Add(1, new KeyValuePair<string, object?>("reason", "deep_stack"));
    }

    public void AddRetry(string source) => _retries.Add(1, new KeyValuePair<string, object?>("source", source));

    public void SetLag(TimeSpan lag) => Volatile.Write(ref _lagSeconds, lag.TotalSeconds);

    IEnumerable<Measurement<double>> ObserveLag()
    {
        var lag = Volatile.Read(ref _lagSeconds);
        return double.IsNaN(lag) ? [] : [new Measurement<double>(lag)];
    }

    public void Dispose() => _meter.Dispose();
}
