using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>
/// Top Crashers as crash-stats shows them: the signatures with the most crashes of a product over the last 1, 3, 7,
/// 14 or 28 days, with their rank in the period before. At most three searches whatever <c>first</c> is: the period
/// (top signatures with nested distinct installs, platforms and startup counts) and the previous period (every
/// signature's rank), side by side; then, only for top signatures without a previous rank, the retention before the
/// period (which of them are new). A signature ranked in the previous period crashed before this one, so it is not
/// new, and a steady product's top crashers usually need no third search.
/// </summary>
internal sealed class TopCrashersService(VisibilitySearch search)
{
    public const int PlatformsShown = 10;

    public async Task<IReadOnlyList<TopCrasher>> TopCrashersAsync(
        TopCrashersRequest request, CancellationToken cancellationToken)
    {
        var (from, to) = Check(request, search.Now);
        // The two periods are independent searches: on two cores they take the time of the longer one.
        var previous = Task.Run(() => search.SearchAsync(Previous(request, from, to), SearchRights.PublicFields,
            cancellationToken), cancellationToken);
        var current = await search.SearchAsync(Current(request, from, to), SearchRights.PublicFields,
            cancellationToken);
        var previousRanks = (await previous).Aggregations[0].Buckets
            .Select((b, i) => (Signature: (string)b.Key, Rank: i + 1))
            .ToDictionary(p => p.Signature, p => p.Rank, StringComparer.Ordinal);
        var top = current.Aggregations[0].Buckets;
        var unranked = top.Select(b => (string)b.Key).Where(s => !previousRanks.ContainsKey(s)).ToList();
        var seenBefore = unranked.Count == 0
            ? []
            : VisibilitySearch.Counts((await search.SearchAsync(Earlier(unranked, from, to), SearchRights.PublicFields,
                cancellationToken)).Aggregations[0]);
        return [.. top.Select((bucket, i) =>
        {
            var signature = (string)bucket.Key;
            int? previousRank = previousRanks.TryGetValue(signature, out var rank) ? rank : null;
            var startup = bucket.Children[2].Buckets.Where(b => b.Key is true).Sum(b => b.Count);
            return new TopCrasher(
                i + 1,
                signature,
                bucket.Count,
                Percent(bucket.Count, current.Total),
                previousRank,
                previousRank - (i + 1),
                bucket.Children[0].Value ?? 0,
                [.. bucket.Children[1].Buckets.Select(b => new PlatformCount(VisibilitySearch.Term(b.Key), b.Count))],
                Percent(startup, bucket.Count),
                previousRank is null && !seenBefore.ContainsKey(signature));
        })];
    }

    /// <summary>The period the request covers, ending now; an error naming the first bad argument.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Check(TopCrashersRequest request, DateTimeOffset now)
    {
        VisibilitySearch.Product(request.Product);
        var days = VisibilityDays.Check(request.Days);
        if (request.First is < 1 or > TopCrashersRequest.MaxFirst)
        {
            throw new InvalidQueryException("first",
                $"'first' must be from 1 to {TopCrashersRequest.MaxFirst}, got {request.First}.");
        }
        return (now.AddDays(-days), now);
    }

    /// <summary>The search of the period itself; the benchmark harness measures it on its own too.</summary>
    public static CrashQuestion Current(TopCrashersRequest request, DateTimeOffset from, DateTimeOffset to) =>
        Filtered(request, from, to) with
        {
            Aggregations =
            [
                new TermsAggregation("signature", "signature", request.First,
                [
                    new CardinalityAggregation("installs", "install_time"),
                    new TermsAggregation("platforms", "platform", PlatformsShown, []),
                    new TermsAggregation("startup", "startup_crash", 2, []),
                ]),
            ],
        };

    /// <summary>Every signature of the previous period, ranked (as many as a facet may hold).</summary>
    CrashQuestion Previous(TopCrashersRequest request, DateTimeOffset from, DateTimeOffset to) =>
        Filtered(request, from - (to - from), from) with
        {
            Aggregations = [new TermsAggregation("signature", "signature", search.Builder.Limits.MaxFacetSize, [])],
        };

    /// <summary>
    /// Which of the top signatures crashed before the period, in any product, as far back as a window may reach.
    /// </summary>
    CrashQuestion Earlier(List<string> signatures, DateTimeOffset from, DateTimeOffset to) => new()
    {
        Filters = [VisibilitySearch.AnyOf("signature", signatures)],
        From = to.AddDays(-search.Builder.Limits.MaxWindowDays),
        To = from,
        Size = 0,
        Aggregations = [new TermsAggregation("signature", "signature", signatures.Count, [])],
    };

    static CrashQuestion Filtered(TopCrashersRequest request, DateTimeOffset from, DateTimeOffset to) => new()
    {
        Filters =
        [
            .. new[]
            {
                VisibilitySearch.Product(request.Product),
                VisibilitySearch.Exact("version", request.Version),
                VisibilitySearch.Exact("release_channel", request.Channel),
                VisibilitySearch.Exact("platform", request.Platform),
                VisibilitySearch.Exact("process_type", request.ProcessType),
            }.OfType<QueryNode>(),
        ],
        From = from,
        To = to,
        Size = 0,
    };

    static double Percent(long part, long whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);
}
