using System.Globalization;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Analysis;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.SavedSearches;

namespace CrashSearch.SearchApi.Alerts;

/// <summary>
/// Decides whether an alert fires at an instant (docs/alerts.md): runs its saved search with the owner's rights and
/// applies the condition. Pure but for the searches, so a re-run at the same instant decides the same.
/// </summary>
internal sealed class AlertMatcher(ICrashIndex index, SavedSearchQuestions questions)
{
    /// <summary>The only fields a message shows: public ones, whoever the owner is.</summary>
    public static readonly IReadOnlyList<string> ShownColumns = ["uuid", "date", "signature", "product", "version"];

    /// <summary>Crashes listed in one message.</summary>
    public const int ShownCrashes = 10;

    const int ShownSignatures = 5;

    /// <summary>Signatures of the judged window a SPIKE looks at, the most frequent first.</summary>
    const int SpikeCandidates = 50;

    public static readonly SpikeModel Model = new();

    /// <summary>
    /// The instant of the next evaluation at <paramref name="now"/>, or null when there is nothing new to judge:
    /// NEW_MATCH lags by the indexing grace (crashes indexed by then are visible); SPIKE judges whole windows.
    /// </summary>
    public static DateTimeOffset? NextAt(Alert alert, DateTimeOffset now, TimeSpan grace)
    {
        var at = alert.Rule.Condition switch
        {
            AlertCondition.NewMatch => now - grace,
            AlertCondition.Spike => WindowStart(now, alert.Rule.WindowLength),
            _ => now,
        };
        at = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
        return at > alert.State.Watermark ? at : null;
    }

    /// <summary>
    /// The start of the epoch-aligned window of <paramref name="length"/> holding <paramref name="time"/>.
    /// </summary>
    public static DateTimeOffset WindowStart(DateTimeOffset time, TimeSpan length)
    {
        var ms = (long)length.TotalMilliseconds;
        return DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds() / ms * ms);
    }

    public Task<AlertOutcome> EvaluateAsync(
        Alert alert, SavedSearch search, SearchRights rights, DateTimeOffset at, CancellationToken cancellationToken) =>
        alert.Rule.Condition switch
        {
            AlertCondition.NewMatch => NewMatchAsync(alert, search, rights, at, cancellationToken),
            AlertCondition.Threshold => ThresholdAsync(alert, search, rights, at, cancellationToken),
            _ => SpikeAsync(alert, search, rights, at, cancellationToken),
        };

    async Task<AlertOutcome> NewMatchAsync(
        Alert alert, SavedSearch search, SearchRights rights, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var question = questions.For(search, at, at) with
        {
            From = null,
            To = null,
            Indexed = new IndexedRange(alert.State.Watermark, at),
        };
        var result = await SearchAsync(Shown(question), rights, at, cancellationToken);
        var fired = result.Total == 0
            ? null
            : new AlertFiring(at, $"{Crashes(result.Total)} newly indexed match the saved search '{search.Name}'",
                result.Total, TopSignatures(result), result.Hits);
        return new AlertOutcome(fired, at, null);
    }

    async Task<AlertOutcome> ThresholdAsync(
        Alert alert, SavedSearch search, SearchRights rights, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var window = alert.Rule.WindowLength;
        var result = await SearchAsync(Shown(questions.For(search, at - window, at)), rights, at, cancellationToken);
        var threshold = alert.Rule.Threshold ?? 0;
        var above = result.Total > threshold;
        var fired = above && alert.State.Firing is null
            ? new AlertFiring(at, $"{Crashes(result.Total)} matched the saved search '{search.Name}' in the last "
                + $"{alert.Rule.Window}, above the threshold of {threshold.ToString(CultureInfo.InvariantCulture)}",
                result.Total, TopSignatures(result), result.Hits)
            : null;
        return new AlertOutcome(fired, at, above ? "above" : null);
    }

    async Task<AlertOutcome> SpikeAsync(
        Alert alert, SavedSearch search, SearchRights rights, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var window = alert.Rule.WindowLength;
        var judged = questions.For(search, at - window, at) with
        {
            Size = 0,
            Aggregations = [new TermsAggregation("signature", "signature", SpikeCandidates, [])],
        };
        var current = (await SearchAsync(judged, rights, at, cancellationToken)).Aggregations[0].Buckets
            .Where(b => b.Count >= Model.MinimumCount)
            .ToDictionary(b => (string)b.Key, b => b.Count, StringComparer.Ordinal);
        var spikes = current.Count == 0
            ? []
            : Model.Spikes(await BaselinesAsync(search, rights, at, window, current, cancellationToken));
        var firing = spikes.Select(s => s.Key).ToList();
        var before = (alert.State.Firing ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rising = spikes.Where(s => !before.Contains(s.Key, StringComparer.Ordinal)).ToList();
        AlertFiring? fired = null;
        if (rising.Count > 0)
        {
            var shown = Shown(questions.For(search, at - window, at)) with
            {
                Filters = [.. judged.Filters, Of(rising)],
            };
            var result = await SearchAsync(shown, rights, at, cancellationToken);
            fired = new AlertFiring(at, $"{rising.Count} signature(s) spiked in the last {alert.Rule.Window} among "
                + $"the matches of the saved search '{search.Name}'", rising.Sum(s => s.Count),
                TopSignatures(result), result.Hits) { Spikes = rising };
        }
        return new AlertOutcome(fired, at, firing.Count == 0 ? null : string.Join('\n', firing));
    }

    /// <summary>
    /// Each candidate's counts in the <see cref="SpikeModel.BaselineWindows"/> windows before the judged one.
    /// </summary>
    async Task<List<SpikeSeries>> BaselinesAsync(SavedSearch search, SearchRights rights, DateTimeOffset at,
        TimeSpan window, Dictionary<string, long> current, CancellationToken cancellationToken)
    {
        var windows = Model.BaselineWindows;
        var start = at - window * (windows + 1);
        var question = questions.For(search, start, at - window);
        question = question with
        {
            Size = 0,
            Filters = [.. question.Filters, Of(current.Keys)],
            Aggregations =
            [
                new TermsAggregation("signature", "signature", current.Count,
                    [new HistogramAggregation("date", "date", new HistogramInterval { Span = window }, [])]),
            ],
        };
        var result = await SearchAsync(question, rights, at, cancellationToken);
        var baselines = result.Aggregations[0].Buckets.ToDictionary(
            b => (string)b.Key, b => b.Children[0].Buckets, StringComparer.Ordinal);
        return [.. current.Select(pair =>
        {
            var counts = new long[windows];
            foreach (var bucket in baselines.GetValueOrDefault(pair.Key) ?? [])
            {
                var slot = (int)(((DateTimeOffset)bucket.Key - start) / window);
                if (slot >= 0 && slot < windows)
                    counts[slot] = bucket.Count;
            }
            return new SpikeSeries(pair.Key, pair.Value, counts);
        })];
    }

    static AnyOf Of(IEnumerable<SpikeScore> spikes) => Of(spikes.Select(s => s.Key));

    static AnyOf Of(IEnumerable<string> signatures) =>
        new([.. signatures.Select(s => (QueryNode)new FieldPredicate("signature", PredicateOperator.Exact, s))]);

    static CrashQuestion Shown(CrashQuestion question) => question with
    {
        Size = ShownCrashes,
        Columns = ShownColumns,
        Aggregations = [new TermsAggregation("signature", "signature", ShownSignatures, [])],
    };

    async Task<CrashSearchResult> SearchAsync(
        CrashQuestion question, SearchRights rights, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var built = questions.Builder.Build(question, rights, at);
        if (built.Withheld.Count > 0)
            throw new AlertPausedException("its saved search uses protected fields its owner's key may not read");
        var result = await index.SearchAsync(built.Query, cancellationToken);
        // A week that could not be read may hold matches: judging without it could skip them for good.
        if (result.Errors.Count > 0)
            throw new InvalidOperationException("The index answered with errors: " + string.Join("; ", result.Errors));
        return result;
    }

    static IReadOnlyList<AggregationBucket> TopSignatures(CrashSearchResult result) =>
        result.Aggregations.Count == 0 ? [] : result.Aggregations[0].Buckets;

    static string Crashes(long count) =>
        count == 1 ? "1 crash" : count.ToString("N0", CultureInfo.InvariantCulture) + " crashes";
}
