using CrashSearch.Indexer.Analysis;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>
/// What made an alert fire, as its messages show it: public fields only (the crashes were read with
/// <see cref="AlertMatcher.ShownColumns"/>).
/// </summary>
/// <param name="At">The evaluation's instant.</param>
/// <param name="What">One line: what fired.</param>
/// <param name="Count">The crashes it is about.</param>
/// <param name="Signatures">Their top signatures with counts.</param>
/// <param name="Crashes">Up to ten of them.</param>
internal sealed record AlertFiring(
    DateTimeOffset At,
    string What,
    long Count,
    IReadOnlyList<AggregationBucket> Signatures,
    IReadOnlyList<CrashHit> Crashes)
{
    /// <summary>SPIKE: the numbers of each signature that spiked.</summary>
    public IReadOnlyList<SpikeScore> Spikes { get; init; } = [];
}
