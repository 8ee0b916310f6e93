using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>
/// The Signature Report: one search over the period (every count as a facet of it, and the newest crashes as its
/// hits), two one-hit searches over the retention (first and last seen) and, for callers with the read-protected
/// permission only, one for the user comments. They run side by side.
/// </summary>
internal sealed class SignatureReportService(VisibilitySearch search)
{
    public const int NewestShown = 10;
    public const int CommentsShown = 20;
    const int TermsShown = 20;

    static readonly string[] CrashColumns = ["uuid", "date", "product", "version", "platform"];

    /// <summary>The report of <paramref name="signature"/> over the last <paramref name="days"/> days; null when
    /// it has no crash in the retention.</summary>
    public async Task<SignatureReport?> ReportAsync(
        string signature, int days, SearchRights rights, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(signature))
            throw new InvalidQueryException("signature", "'signature' is required.");
        VisibilityDays.Check(days);
        var to = search.Now;
        var from = to.AddDays(-days);
        var period = search.SearchAsync(Period(signature, from, to), rights, cancellationToken);
        var first = search.SearchAsync(Retention(signature, to, newest: false), rights, cancellationToken);
        var last = search.SearchAsync(Retention(signature, to, newest: true), rights, cancellationToken);
        var comments = rights.CanReadProtected
            ? search.SearchAsync(Comments(signature, from, to), rights, cancellationToken)
            : null;
        // Awaited together, so that no search is left running (or failing unobserved) when the answer is null.
        await Task.WhenAll(comments is null ? [period, first, last] : [period, first, last, comments]);
        if ((await first).Hits is not [var oldest] || (await last).Hits is not [var newest])
            return null;
        var result = await period;
        IReadOnlyList<AggregationBucket> Terms(int i) => result.Aggregations[i].Buckets;
        return new SignatureReport(
            signature,
            DateOf(oldest),
            DateOf(newest),
            from,
            to,
            result.Total,
            [.. Terms(0).Select(b => new DayCount((DateTimeOffset)b.Key, b.Count))],
            TermCounts(Terms(1)),
            TermCounts(Terms(2)),
            TermCounts(Terms(3)),
            TermCounts(Terms(4)),
            TermCounts(Terms(5)),
            TermCounts(Terms(6)),
            TermCounts(Terms(7)),
            [.. result.Hits.Select(h => new ReportCrash(
                h.Uuid, DateOf(h), Text(h, "product"), Text(h, "version"), Text(h, "platform")))],
            comments is null
                ? []
                : [.. (await comments).Hits.Select(h =>
                    new UserComment(h.Uuid, DateOf(h), Text(h, "user_comments")!))]);
    }

    static CrashQuestion Period(string signature, DateTimeOffset from, DateTimeOffset to) => new()
    {
        Filters = [new FieldPredicate("signature", PredicateOperator.Exact, signature)],
        From = from,
        To = to,
        Size = NewestShown,
        Columns = CrashColumns,
        Aggregations =
        [
            new HistogramAggregation("days", "date", new HistogramInterval { Unit = CalendarUnit.Day }, []),
            new TermsAggregation("versions", "version", TermsShown, []),
            new TermsAggregation("platforms", "platform", TermsShown, []),
            new TermsAggregation("processTypes", "process_type", TermsShown, []),
            new TermsAggregation("channels", "release_channel", TermsShown, []),
            new TermsAggregation("builds", "build_id", TermsShown, []),
            new TermsAggregation("modules", "module", TermsShown, []),
            new TermsAggregation("addons", "addons", TermsShown, []),
        ],
    };

    /// <summary>The oldest or newest crash of the signature in the retention (as far back as a window reaches).
    /// </summary>
    CrashQuestion Retention(string signature, DateTimeOffset to, bool newest) => new()
    {
        Filters = [new FieldPredicate("signature", PredicateOperator.Exact, signature)],
        // A little past now, so that a crash from a machine whose clock runs ahead is still seen.
        From = to.AddDays(1 - search.Builder.Limits.MaxWindowDays),
        To = to.AddDays(1),
        Size = 1,
        Columns = ["uuid", "date"],
        Sort = [new SortField("date", newest)],
    };

    static CrashQuestion Comments(string signature, DateTimeOffset from, DateTimeOffset to) => new()
    {
        Filters =
        [
            new FieldPredicate("signature", PredicateOperator.Exact, signature),
            new FieldPredicate("user_comments", PredicateOperator.Exists, null),
        ],
        From = from,
        To = to,
        Size = CommentsShown,
        Columns = ["uuid", "date", "user_comments"],
    };

    static List<TermCount> TermCounts(IReadOnlyList<AggregationBucket> buckets) =>
        [.. buckets.Select(b => new TermCount(VisibilitySearch.Term(b.Key), b.Count))];

    static DateTimeOffset DateOf(CrashHit hit) => (DateTimeOffset)hit.Fields["date"][0];

    static string? Text(CrashHit hit, string field) =>
        hit.Fields.TryGetValue(field, out var values) && values.Count > 0 ? VisibilitySearch.Term(values[0]) : null;
}
