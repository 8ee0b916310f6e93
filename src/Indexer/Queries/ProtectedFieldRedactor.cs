using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries;

/// <summary>
/// Removes every reference to a protected field from a query, for a caller without the read-protected
/// permission. Every front door runs it (the SuperSearch parser strips per parameter first and runs this as the
/// final guard), so there is one mechanism to trust. A removed predicate is pruned from the filter tree (a group
/// left empty goes too), so the result never depends on protected values.
/// </summary>
public static class ProtectedFieldRedactor
{
    /// <summary>The query without protected references, with CanReadProtected false, and one message per removal.</summary>
    /// <param name="query">The query as the caller asked it.</param>
    /// <param name="catalogue">Decides which fields are protected.</param>
    public static (CrashQuery Query, IReadOnlyList<string> Errors) Redact(CrashQuery query, FieldCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(catalogue);
        var errors = new List<string>();
        bool IsProtected(string field, string where)
        {
            if (catalogue.Find(field) is not { Protected: true })
                return false;
            errors.Add(IgnoredMessage(field, where));
            return true;
        }

        var redacted = query with
        {
            Filter = Prune(query.Filter, IsProtected),
            Columns = [.. query.Columns.Where(c => !IsProtected(c, "columns"))],
            Sort = [.. query.Sort.Where(s => !IsProtected(s.Field, "sort"))],
            Aggregations = PruneAggregations(query.Aggregations, IsProtected),
            CanReadProtected = false,
        };
        return (redacted, errors.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>The message for a protected field removed from <paramref name="where"/> (a parameter or part of a query).</summary>
    internal static string IgnoredMessage(string field, string where) =>
        $"field '{field}' requires the read-protected permission and was ignored in {where}";

    static QueryNode? Prune(QueryNode? node, Func<string, string, bool> isProtected) => node switch
    {
        null => null,
        FieldPredicate predicate => isProtected(predicate.Field, "filter") ? null : predicate,
        Not not => Prune(not.Child, isProtected) is { } child ? (ReferenceEquals(child, not.Child) ? not : new Not(child)) : null,
        AllOf all => PruneGroup(all.Children, isProtected, out var same) is { Count: > 0 } kept ? (same ? all : kept.Count == 1 ? kept[0] : new AllOf(kept)) : null,
        AnyOf any => PruneGroup(any.Children, isProtected, out var same) is { Count: > 0 } kept ? (same ? any : kept.Count == 1 ? kept[0] : new AnyOf(kept)) : null,
        _ => node,
    };

    static List<QueryNode> PruneGroup(IReadOnlyList<QueryNode> children, Func<string, string, bool> isProtected, out bool unchanged)
    {
        var kept = new List<QueryNode>(children.Count);
        unchanged = true;
        foreach (var child in children)
        {
            var pruned = Prune(child, isProtected);
            unchanged &= ReferenceEquals(pruned, child);
            if (pruned is not null)
                kept.Add(pruned);
        }
        return kept;
    }

    static List<Aggregation> PruneAggregations(IReadOnlyList<Aggregation> aggregations, Func<string, string, bool> isProtected)
    {
        var kept = new List<Aggregation>(aggregations.Count);
        foreach (var aggregation in aggregations)
        {
            if (isProtected(aggregation.Field, $"aggregation '{aggregation.Name}'"))
                continue;
            kept.Add(aggregation switch
            {
                TermsAggregation terms => terms with { Children = PruneAggregations(terms.Children, isProtected) },
                HistogramAggregation histogram => histogram with { Children = PruneAggregations(histogram.Children, isProtected) },
                _ => aggregation,
            });
        }
        return kept;
    }
}
