using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>
/// Critical crashes: the signatures of a product with the most crashes that are startup crashes, out-of-memory
/// crashes, shutdown hangs or crashes of the parent process (<see cref="CriticalKind"/>), ranked by those crashes.
/// One search ranks them (any reason); one per reason, side by side and limited to the ranked signatures, counts
/// each reason.
/// </summary>
internal sealed class CriticalCrashesService(VisibilitySearch search)
{
    public const int Shown = 50;

    /// <summary>Uptime (seconds) under which a crash counts as a startup crash, as crash-stats counts it.</summary>
    public const long StartupSeconds = 60;

    public static QueryNode Rule(CriticalKind kind) => kind switch
    {
        CriticalKind.Startup => new AnyOf(
        [
            new FieldPredicate("startup_crash", PredicateOperator.IsTrue, null),
            new FieldPredicate("uptime", PredicateOperator.LessThan, StartupSeconds),
        ]),
        CriticalKind.OutOfMemory => new AnyOf(
        [
            new FieldPredicate("signature", PredicateOperator.StartsWith, "OOM |"),
            new FieldPredicate("oom_allocation_size", PredicateOperator.Exists, null),
        ]),
        CriticalKind.ShutdownHang => new AnyOf(
        [
            new FieldPredicate("signature", PredicateOperator.Contains, "shutdownhang"),
            new FieldPredicate("ipc_shutdown_state", PredicateOperator.Exists, null),
        ]),
        _ => new AnyOf(
        [
            new FieldPredicate("process_type", PredicateOperator.Exact, "parent"),
            new Not(new FieldPredicate("process_type", PredicateOperator.Exists, null)),
        ]),
    };

    public async Task<IReadOnlyList<CriticalCrash>> CriticalAsync(
        string product, int days, CancellationToken cancellationToken)
    {
        var filter = VisibilitySearch.Product(product);
        VisibilityDays.Check(days);
        var to = search.Now;
        var period = new CrashQuestion
        {
            Filters = [filter],
            From = to.AddDays(-days),
            To = to,
            Size = 0,
        };
        var kinds = Enum.GetValues<CriticalKind>();
        var ranked = await search.SearchAsync(
            Signatures(period, new AnyOf([.. kinds.Select(Rule)]), Shown), SearchRights.PublicFields,
            cancellationToken);
        var top = ranked.Aggregations[0].Buckets;
        if (top.Count == 0)
            return [];
        var only = VisibilitySearch.AnyOf("signature", top.Select(b => (string)b.Key));
        var perKind = await Task.WhenAll(kinds.Select(kind => search.SearchAsync(
            Signatures(period with { Filters = [.. period.Filters, only] }, Rule(kind), top.Count),
            SearchRights.PublicFields, cancellationToken)));
        var counts = perKind.Select(r => VisibilitySearch.Counts(r.Aggregations[0])).ToList();
        return [.. top.Select((bucket, i) =>
        {
            var signature = (string)bucket.Key;
            return new CriticalCrash(i + 1, signature, bucket.Count, [.. kinds
                .Select((kind, k) => new CriticalKindCount(kind, counts[k].GetValueOrDefault(signature)))
                .Where(c => c.Count > 0)
                .OrderByDescending(c => c.Count)]);
        })];
    }

    static CrashQuestion Signatures(CrashQuestion period, QueryNode rule, int size) => period with
    {
        Filters = [.. period.Filters, rule],
        Aggregations = [new TermsAggregation("signature", "signature", size, [])],
    };
}
