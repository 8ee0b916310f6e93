using CrashSearch.Benchmarks.Corpus;
using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Benchmarks.Queries;

/// <summary>Chooses the mix's values from the indexed data, so that "selective" stays selective at every N.</summary>
internal static class MixDiscovery
{
    const string Words = "shutdown hanging";
    const string Regex = "mozilla::dom::.*Element::.*";

    public static async Task<MixParameters> ChooseAsync(ICrashIndex index, CrashCorpus corpus, CancellationToken cancellationToken)
    {
        var to = corpus.ReferenceTime;
        var allFrom = to.AddDays(-corpus.Days);
        var weekFrom = to.AddDays(-7);
        var all = new CrashQuery { From = allFrom, To = to, Size = 0 };
        var overview = await index.SearchAsync(all with
        {
            Aggregations = [new TermsAggregation("functions", "function", 10_000, []), new TermsAggregation("platforms", "platform", 1, [])],
        }, cancellationToken).ConfigureAwait(false);
        // About 0.2% of the crashes: a few hundred at 100,000, a few thousand at a million.
        var target = Math.Max(5, overview.Total / 500);
        var selective = overview.Aggregations[0].Buckets.MinBy(b => Math.Abs(b.Count - target))
            ?? throw new InvalidOperationException("The index has no function names to search for.");
        var platform = (string)overview.Aggregations[1].Buckets[0].Key;
        var onPlatform = await index.SearchAsync(all with
        {
            From = weekFrom,
            Filter = new FieldPredicate("platform", PredicateOperator.Exact, platform),
            Aggregations = [new TermsAggregation("functions", "function", 5, [])],
        }, cancellationToken).ConfigureAwait(false);
        var common = onPlatform.Aggregations[0].Buckets[^1];
        var page = (int)Math.Clamp(overview.Total / MixParameters.PageSize, 1, 500);
        return new MixParameters(to, allFrom, weekFrom, (string)selective.Key, (string)common.Key, platform, Words, Regex, page);
    }
}
