using CrashSearch.Indexer.Analysis;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>
/// Explosive crashes: each signature of a product with enough crashes in the latest 24 hours (ending at the last
/// full hour) is judged by <see cref="SpikeModel"/>, the model of SPIKE alerts, against its counts on each of the
/// <c>days</c> days before (docs/visibility.md). A new signature has a baseline of zeros, so it counts as soon as
/// it rises fast. Two searches: the latest day's signatures, then the daily counts of the candidates only.
/// </summary>
internal sealed class ExplosiveSignaturesService(VisibilitySearch search)
{
    /// <summary>The one spike model, with the thresholds SPIKE alerts use.</summary>
    public static readonly SpikeModel Model = new();

    /// <summary>Most signatures of the latest day that are judged (those with the most crashes).</summary>
    const int Candidates = 200;

    static readonly TimeSpan Day = TimeSpan.FromDays(1);
    static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public async Task<IReadOnlyList<ExplosiveSignature>> ExplosiveAsync(
        string product, int days, CancellationToken cancellationToken)
    {
        var filter = VisibilitySearch.Product(product);
        VisibilityDays.Check(days);
        var now = search.Now;
        var end = new DateTimeOffset(now.UtcTicks - now.UtcTicks % Hour.Ticks, TimeSpan.Zero);
        var judged = new CrashQuestion
        {
            Filters = [filter],
            From = end - Day,
            To = end,
            Size = 0,
            Aggregations = [new TermsAggregation("signature", "signature", Candidates, [])],
        };
        var latest = (await search.SearchAsync(judged, SearchRights.PublicFields, cancellationToken))
            .Aggregations[0].Buckets
            .Where(b => b.Count >= Model.MinimumCount)
            .ToDictionary(b => (string)b.Key, b => b.Count, StringComparer.Ordinal);
        if (latest.Count == 0)
            return [];
        var baselines = await BaselinesAsync(judged, latest, days, cancellationToken);
        return [.. Model.Spikes(latest.Select(p => new SpikeSeries(p.Key, p.Value, baselines[p.Key])))
            .Select(s => new ExplosiveSignature(s.Key, s.Count, s.Baseline, s.Spread, s.Score, baselines[s.Key],
                baselines[s.Key].All(c => c == 0)))];
    }

    /// <summary>
    /// Each candidate's crashes on each of the <paramref name="days"/> days before the judged one, from hourly
    /// buckets (date histograms align on the epoch; the days here end at the judged day's start).
    /// </summary>
    async Task<Dictionary<string, long[]>> BaselinesAsync(
        CrashQuestion judged, Dictionary<string, long> latest, int days, CancellationToken cancellationToken)
    {
        var start = judged.From!.Value - Day * days;
        var question = judged with
        {
            Filters = [.. judged.Filters, VisibilitySearch.AnyOf("signature", latest.Keys)],
            From = start,
            To = judged.From,
            Aggregations =
            [
                new TermsAggregation("signature", "signature", latest.Count,
                    [new HistogramAggregation("hours", "date", new HistogramInterval { Span = Hour }, [])]),
            ],
        };
        var result = await search.SearchAsync(question, SearchRights.PublicFields, cancellationToken);
        var baselines = latest.Keys.ToDictionary(k => k, _ => new long[days], StringComparer.Ordinal);
        foreach (var signature in result.Aggregations[0].Buckets)
        {
            var counts = baselines[(string)signature.Key];
            foreach (var hour in signature.Children[0].Buckets)
                counts[(int)(((DateTimeOffset)hour.Key - start) / Day)] += hour.Count;
        }
        return baselines;
    }
}
