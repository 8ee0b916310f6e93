using CrashSearch.Indexer;
using CrashSearch.Indexer.Analysis;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.SavedSearches;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>
/// <c>previewAlert</c>: replays an alert's condition over the last seven days from histograms of the saved search's
/// matches, stepping as the evaluator would (every evaluation interval, at least a minute, and no closer than
/// minInterval), and sends nothing. The index keeps no history of indexing times per evaluation, so NEW_MATCH is
/// replayed on <c>date</c>: what it shows is what would have fired had each crash been indexed as it happened.
/// </summary>
internal sealed class AlertPreviewer(ICrashIndex index, SavedSearchQuestions questions, IOptions<AlertsOptions> options)
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(7);

    const int SpikeCandidates = 50;

    public async Task<AlertPreview> PreviewAsync(
        AlertRule rule, SavedSearch search, SearchRights rights, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var from = now - Period;
        var step = Max(TimeSpan.FromMinutes(1), Max(options.Value.EvaluationInterval, rule.MinIntervalLength));
        var firings = rule.Condition switch
        {
            AlertCondition.NewMatch => await NewMatchAsync(search, rights, from, now, step, cancellationToken),
            AlertCondition.Threshold => await ThresholdAsync(rule, search, rights, from, now, step, cancellationToken),
            _ => await SpikeAsync(rule, search, rights, from, now, cancellationToken),
        };
        var summary = questions.For(search, from, now) with
        {
            Size = AlertMatcher.ShownCrashes,
            Columns = ["uuid"],
            Aggregations = [new TermsAggregation("signature", "signature", AlertMatcher.ShownCrashes, [])],
        };
        var spiked = firings.SelectMany(f => f.Signatures).Distinct(StringComparer.Ordinal).ToList();
        if (rule.Condition == AlertCondition.Spike)
        {
            summary = summary with
            {
                Filters = [.. summary.Filters, new AnyOf([.. spiked.Select(s => (QueryNode)new FieldPredicate(
                    "signature", PredicateOperator.Exact, s))])],
            };
        }
        var result = await SearchAsync(summary, rights, now, cancellationToken);
        return new AlertPreview(
            from, now, firings, result.Aggregations[0].Buckets, [.. result.Hits.Select(h => h.Uuid)]);
    }

    async Task<List<AlertPreviewFiring>> NewMatchAsync(SavedSearch search, SearchRights rights, DateTimeOffset from,
        DateTimeOffset now, TimeSpan step, CancellationToken cancellationToken)
    {
        var buckets = await HistogramAsync(search, rights, from, now, step, cancellationToken);
        return [.. buckets.Where(b => b.Count > 0)
            .Select(b => new AlertPreviewFiring((DateTimeOffset)b.Key + step, b.Count, []))];
    }

    async Task<List<AlertPreviewFiring>> ThresholdAsync(AlertRule rule, SavedSearch search, SearchRights rights,
        DateTimeOffset from, DateTimeOffset now, TimeSpan step, CancellationToken cancellationToken)
    {
        var window = rule.WindowLength;
        var start = AlertMatcher.WindowStart(from - window, step);
        var slots = (int)((now - start) / step) + 1;
        var counts = new long[slots];
        foreach (var bucket in await HistogramAsync(search, rights, start, now, step, cancellationToken))
            counts[(int)(((DateTimeOffset)bucket.Key - start) / step)] = bucket.Count;
        var perWindow = Math.Max(1, (int)(window / step));
        var firings = new List<AlertPreviewFiring>();
        var above = false;
        DateTimeOffset? lastSent = null;
        long sum = 0;
        for (var slot = 0; slot < slots; slot++)
        {
            sum += counts[slot] - (slot >= perWindow ? counts[slot - perWindow] : 0);
            var at = start + step * (slot + 1);
            if (at <= from || at > now || (lastSent is { } sent && at < sent + rule.MinIntervalLength))
                continue;
            var nowAbove = sum > (rule.Threshold ?? 0);
            if (nowAbove && !above)
            {
                firings.Add(new AlertPreviewFiring(at, sum, []));
                lastSent = at;
            }
            above = nowAbove;
        }
        return firings;
    }

    async Task<List<AlertPreviewFiring>> SpikeAsync(AlertRule rule, SavedSearch search, SearchRights rights,
        DateTimeOffset from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = rule.WindowLength;
        var baselineWindows = AlertMatcher.Model.BaselineWindows;
        var first = AlertMatcher.WindowStart(from, window) + window;
        var start = first - window * (baselineWindows + 1);
        var end = AlertMatcher.WindowStart(now, window);
        if (end < first)
            return [];
        var slots = (int)((end - start) / window);
        var question = questions.For(search, start, end) with
        {
            Size = 0,
            Aggregations =
            [
                new TermsAggregation("signature", "signature", SpikeCandidates,
                    [new HistogramAggregation("date", "date", new HistogramInterval { Span = window }, [])]),
            ],
        };
        var series = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var signature in (await SearchAsync(question, rights, now, cancellationToken)).Aggregations[0].Buckets)
        {
            var counts = series[(string)signature.Key] = new long[slots];
            foreach (var bucket in signature.Children[0].Buckets)
                counts[(int)(((DateTimeOffset)bucket.Key - start) / window)] = bucket.Count;
        }
        var firings = new List<AlertPreviewFiring>();
        var firing = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? lastSent = null;
        for (var slot = baselineWindows; slot < slots; slot++)
        {
            var at = start + window * (slot + 1);
            if (lastSent is { } sent && at < sent + rule.MinIntervalLength)
                continue;
            var spikes = AlertMatcher.Model.Spikes(series.Select(s =>
                new SpikeSeries(s.Key, s.Value[slot], s.Value[(slot - baselineWindows)..slot])));
            var rising = spikes.Where(s => !firing.Contains(s.Key)).ToList();
            firing = [.. spikes.Select(s => s.Key)];
            if (rising.Count == 0)
                continue;
            firings.Add(new AlertPreviewFiring(at, rising.Sum(s => s.Count), [.. rising.Select(s => s.Key)]));
            lastSent = at;
        }
        return firings;
    }

    async Task<IReadOnlyList<AggregationBucket>> HistogramAsync(SavedSearch search, SearchRights rights,
        DateTimeOffset from, DateTimeOffset to, TimeSpan step, CancellationToken cancellationToken)
    {
        var question = questions.For(search, from, to) with
        {
            Size = 0,
            Aggregations = [new HistogramAggregation("date", "date", new HistogramInterval { Span = step }, [])],
        };
        return (await SearchAsync(question, rights, to, cancellationToken)).Aggregations[0].Buckets;
    }

    async Task<CrashSearchResult> SearchAsync(
        CrashQuestion question, SearchRights rights, DateTimeOffset now, CancellationToken cancellationToken) =>
        await index.SearchAsync(questions.Builder.Build(question, rights, now).Query, cancellationToken);

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
