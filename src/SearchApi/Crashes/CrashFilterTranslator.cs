using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Turns the <c>filters</c> argument into the structured filters of a <see cref="CrashQuestion"/>, with the
/// combining rules of docs/query-semantics.md: the values of one filter are ORed (with <c>negate</c>, each is
/// excluded), range operators take one value; the builder ANDs the filters with the search. Each value becomes a
/// predicate through <see cref="FieldPredicateFactory"/>, as SuperSearch's and the search box's do.
/// </summary>
internal static class CrashFilterTranslator
{
    public static List<QueryNode> Translate(
        IReadOnlyList<FieldFilter> filters, FieldCatalogue catalogue, SearchLimits limits)
    {
        var nodes = new List<QueryNode>(filters.Count);
        for (var i = 0; i < filters.Count; i++)
            nodes.Add(Build(filters[i], $"filters[{i}]", catalogue, limits));
        return nodes;
    }

    static QueryNode Build(FieldFilter filter, string argument, FieldCatalogue catalogue, SearchLimits limits)
    {
        var field = catalogue[filter.Field];
        var op = filter.Operator;
        var name = OperatorName(op);
        // The operator is checked before the values so that a misfit names ".op" whatever the values are.
        FieldPredicateFactory.CheckOperator(field, op, name, $"{argument}.op");
        var maxFrame = MaxFrame(field, filter.WithinTopFrames, argument);
        if (op is PredicateOperator.Exists or PredicateOperator.IsTrue)
        {
            if (filter.Values.Count > 0)
                throw CrashErrors.BadQuery($"{argument}.values", $"{name} takes no values.");
            var test = FieldPredicateFactory.Create(field, op, "", name, $"{argument}.op", limits) with { MaxFrame = maxFrame };
            return filter.Negate ? new Not(test) : test;
        }
        if (filter.Values.Count == 0)
            throw CrashErrors.BadQuery($"{argument}.values", $"{name} needs at least one value.");
        if (op.IsRange() && filter.Values.Count > 1)
            throw CrashErrors.BadQuery($"{argument}.values", $"{name} takes exactly one value; use one filter per bound.");
        var predicates = filter.Values
            .Select((text, j) => Predicate(field, op, name, text, $"{argument}.values[{j}]", limits) with { MaxFrame = maxFrame })
            .ToList();
        if (filter.Negate)
            return predicates.Count == 1 ? new Not(predicates[0]) : new AllOf([.. predicates.Select(p => new Not(p))]);
        return predicates.Count == 1 ? predicates[0] : new AnyOf(predicates);
    }

    static int? MaxFrame(FieldDefinition field, int? withinTopFrames, string argument)
    {
        if (withinTopFrames is not { } frames)
            return null;
        if (field.FrameProperty is null)
            throw CrashErrors.BadQuery($"{argument}.withinTopFrames", $"applies to stack-frame fields only, and {field.Name} is not one.");
        if (frames < 1)
            throw CrashErrors.BadQuery($"{argument}.withinTopFrames", $"must be at least 1, got {frames}.");
        return frames;
    }

    static FieldPredicate Predicate(
        FieldDefinition field, PredicateOperator op, string name, string text, string argument, SearchLimits limits)
    {
        if (text.Length == 0)
            throw CrashErrors.BadQuery(argument, "is empty.");
        return FieldPredicateFactory.Create(field, op, text, name, argument, limits);
    }

    static string OperatorName(PredicateOperator op) => FilterOperatorEnumType.NameOf(op);
}
