using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SuperSearch;
using CrashSearch.SearchApi.GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Turns the parsed <c>search</c>, <c>filters</c> and the time window's exact edges into the filter tree, with the
/// combining rules of docs/query-semantics.md: the values of one filter are ORed (with <c>negate</c>, each is
/// excluded), filters are ANDed with the search, range operators take one value. Values are typed by the same
/// parser as SuperSearch's.
/// </summary>
internal static class CrashFilterTranslator
{
    public static QueryNode? Translate(
        QueryNode? search, IReadOnlyList<FieldFilter> filters, IReadOnlyList<FieldPredicate> windowEdges, FieldCatalogue catalogue, GraphQLOptions limits)
    {
        var parts = new List<QueryNode>();
        if (search is not null)
            parts.Add(search);
        for (var i = 0; i < filters.Count; i++)
            parts.Add(Translate(filters[i], $"filters[{i}]", catalogue, limits));
        parts.AddRange(windowEdges);
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AllOf(parts),
        };
    }

    static QueryNode Translate(FieldFilter filter, string argument, FieldCatalogue catalogue, GraphQLOptions limits)
    {
        var field = catalogue[filter.Field];
        CheckOperator(field, filter.Operator, argument);
        var maxFrame = MaxFrame(field, filter.WithinTopFrames, argument);
        if (filter.Operator is PredicateOperator.Exists or PredicateOperator.IsTrue)
        {
            if (filter.Values.Count > 0)
                throw CrashErrors.BadQuery($"{argument}.values", $"{OperatorName(filter.Operator)} takes no values.");
            var test = new FieldPredicate(field.Name, filter.Operator, null, maxFrame);
            return filter.Negate ? new Not(test) : test;
        }
        if (filter.Values.Count == 0)
            throw CrashErrors.BadQuery($"{argument}.values", $"{OperatorName(filter.Operator)} needs at least one value.");
        if (IsRange(filter.Operator) && filter.Values.Count > 1)
            throw CrashErrors.BadQuery($"{argument}.values", $"{OperatorName(filter.Operator)} takes exactly one value; use one filter per bound.");
        var predicates = filter.Values
            .Select((text, j) => new FieldPredicate(field.Name, filter.Operator, Value(field, filter.Operator, text, $"{argument}.values[{j}]", limits), maxFrame))
            .ToList();
        if (filter.Negate)
            return predicates.Count == 1 ? new Not(predicates[0]) : new AllOf([.. predicates.Select(p => new Not(p))]);
        return predicates.Count == 1 ? predicates[0] : new AnyOf(predicates);
    }

    static void CheckOperator(FieldDefinition field, PredicateOperator op, string argument)
    {
        var problem = op switch
        {
            PredicateOperator.Exact or PredicateOperator.Contains or PredicateOperator.StartsWith or PredicateOperator.EndsWith or PredicateOperator.Regex
                when !field.IsString => "works on keyword and text fields only",
            PredicateOperator.GreaterThan or PredicateOperator.GreaterOrEqual or PredicateOperator.LessThan or PredicateOperator.LessOrEqual
                when !(field.IsNumber || field.Type == FieldType.Date) => "works on number and date fields only",
            PredicateOperator.IsTrue when field.Type != FieldType.Boolean => "works on boolean fields only",
            PredicateOperator.Match when field.Type == FieldType.Date => "does not apply to dates; use GT, GTE, LT or LTE",
            _ => null,
        };
        if (problem is not null)
            throw CrashErrors.BadQuery($"{argument}.op", $"{OperatorName(op)} {problem}, and {field.Name} is a {field.Type.ToString().ToLowerInvariant()} field.");
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

    static object Value(FieldDefinition field, PredicateOperator op, string text, string argument, GraphQLOptions limits)
    {
        if (text.Length == 0)
            throw CrashErrors.BadQuery(argument, "is empty.");
        if (op == PredicateOperator.Regex && text.Length > limits.MaxRegexLength)
            throw CrashErrors.BadQuery(argument, $"the regular expression is {text.Length} characters long; at most {limits.MaxRegexLength} are allowed.");
        if (field.IsString)
            return text;
        try
        {
            return FieldValueParser.Parse(field, text, argument);
        }
        catch (InvalidQueryException e)
        {
            throw CrashErrors.BadQuery(e.Message);
        }
    }

    static bool IsRange(PredicateOperator op) =>
        op is PredicateOperator.GreaterThan or PredicateOperator.GreaterOrEqual or PredicateOperator.LessThan or PredicateOperator.LessOrEqual;

    static string OperatorName(PredicateOperator op) => FilterOperatorEnumType.NameOf(op);
}
