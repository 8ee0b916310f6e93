namespace CrashSearch.Indexer.Analysis;

/// <summary>The counts <see cref="SpikeModel"/> judges for one key.</summary>
/// <param name="Key">What is counted, e.g. a signature.</param>
/// <param name="Count">Crashes in the judged window.</param>
/// <param name="Baseline">Crashes in each previous window.</param>
public sealed record SpikeSeries(string Key, long Count, IReadOnlyList<long> Baseline);
