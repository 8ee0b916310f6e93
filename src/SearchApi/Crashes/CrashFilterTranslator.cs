using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SuperSearch;
using CrashSearch.SearchApi.GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Turns the parsed <c>search</c>, <c>filters</c> and the time window's exact edges into the filter tree, with the
/// combining rules of docs/query-semantics.md: the values of one filter are ORed (with <c>negate</c>, each is
/// excluded), filters are ANDed with the search, range operators take one value. Each value becomes a predicate
/// through <see cref="FieldPredicateFactory"/>, as SuperSearch's and the search box's do.
/// </summary>
internal static class CrashFilterTranslator
{
    public static QueryNode? Translate(
        QueryNode? search, IReadOnlyList<FieldFilter> filters, IReadOnlyList<FieldPredicate> windowEdges, FieldCatalogue catalogue, GraphQLOptions limits)
    {
        var parts = new List<QueryNode>();
        if (search is not null)
            parts.Add(search);
        var valueLimits = new SuperSearchLimits { MaxRegexLength = limits.MaxRegexLength };
        for (var i = 0; i < filters.Count; i++)
            parts.Add(Translate(filters[i], $"filters[{i}]", catalogue, valueLimits));
        parts.AddRange(windowEdges);
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AllOf(parts),
        };
    }

    static QueryNode Translate(FieldFilter filter, string argument, FieldCatalogue catalogue, SuperSearchLimits limits)
    {
        try
        {
            return Build(filter, argument, catalogue, limits);
        }
        catch (InvalidQueryException e)
        {
            // The shared factory's message already names the argument it was given (".op" or ".values[j]").
            throw CrashErrors.BadQuery(e.Message);
        }
    }

    static QueryNode Build(FieldFilter filter, string argument, FieldCatalogue catalogue, SuperSearchLimits limits)
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

    static FieldPredicate Predicate(FieldDefinition field, PredicateOperator op, string name, string text, string argument, SuperSearchLimits limits)
    {
        if (text.Length == 0)
            throw CrashErrors.BadQuery(argument, "is empty.");
        return FieldPredicateFactory.Create(field, op, text, name, argument, limits);
    }

    static string OperatorName(PredicateOperator op) => FilterOperatorEnumType.NameOf(op);
}
