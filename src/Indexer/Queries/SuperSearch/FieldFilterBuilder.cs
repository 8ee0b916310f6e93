using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>
/// Combines every value given for one field (docs/query-semantics.md, "Combining"): positive non-range values
/// ORed, ranges ANDed with that, negated values each excluded; <c>__null__</c> only alone; no empty range.
/// The result is canonical: the same values in any order give the same tree. With <c>maxFrame</c> (the
/// <c>function[5]</c> form) every test of the field is limited to the top frames.
/// </summary>
internal static class FieldFilterBuilder
{
    public static QueryNode? Build(
        FieldDefinition field,
        IReadOnlyList<string> values,
        SearchLimits limits,
        ICollection<string> errors,
        string? parameter = null,
        int? maxFrame = null)
    {
        var name = parameter ?? field.Name;
        var alternatives = new List<FieldPredicate>();
        var ranges = new List<FieldPredicate>();
        var required = new List<QueryNode>();
        var isNull = false;
        foreach (var text in values)
        {
            if (text.Length == 0)
            {
                errors.Add(QueryErrors.EmptyValue(name));
                continue;
            }
            var value = FilterValue.Parse(text, name);
            var predicate = FieldPredicateFactory.Create(field, value, name, limits) with { MaxFrame = maxFrame };
            if (value.IsNull)
                isNull = true;
            else if (value.Negated)
                required.Add(new Not(predicate));
            else if (value.Operator.IsRange())
                ranges.Add(predicate);
            else if (value.Operator == PredicateOperator.Exists)
                required.Add(predicate);
            else
                alternatives.Add(predicate);
        }
        if (isNull)
        {
            if (alternatives.Count + ranges.Count + required.Count > 0)
                throw QueryErrors.Invalid(name,
                    "'__null__' (no value) cannot be combined with other values of the same field.");
            return new Not(new FieldPredicate(field.Name, PredicateOperator.Exists, null, maxFrame));
        }
        RangeBounds.EnsureNotEmpty(field, ranges, name);
        var parts = new List<QueryNode>();
        var anyOf = Canonical(alternatives);
        if (anyOf.Count == 1)
            parts.Add(anyOf[0]);
        else if (anyOf.Count > 1)
            parts.Add(new AnyOf(anyOf));
        parts.AddRange(Canonical(ranges));
        parts.AddRange(Canonical(required));
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AllOf(parts),
        };
    }

    static List<QueryNode> Canonical<T>(IEnumerable<T> nodes) where T : QueryNode =>
        nodes.Select(n => (Key: QueryNodeText.Format(n), Node: (QueryNode)n))
            .DistinctBy(n => n.Key, StringComparer.Ordinal)
            .OrderBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => n.Node)
            .ToList();
}
