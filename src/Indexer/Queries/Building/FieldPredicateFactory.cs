using CrashSearch.Indexer.Fields;
using Lucene.Net.Util.Automaton;

namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// Checks that a filter value's operator fits its field's type and builds the typed predicate. Every front door
/// (SuperSearch, the search box, GraphQL) builds its field predicates here, so the rules of
/// docs/query-semantics.md are applied once.
/// </summary>
public static class FieldPredicateFactory
{
    /// <summary>Checks that <paramref name="op"/> applies to the type of <paramref name="field"/>.</summary>
    /// <param name="field">The filtered field.</param>
    /// <param name="op">The operator.</param>
    /// <param name="operatorName">The operator as the caller wrote it, for the message (e.g. <c>'~' (contains)</c> or <c>GT</c>).</param>
    /// <param name="parameter">The parameter to name in an error.</param>
    /// <exception cref="InvalidQueryException">The operator does not apply to the field's type.</exception>
    public static void CheckOperator(FieldDefinition field, PredicateOperator op, string operatorName, string parameter)
    {
        ArgumentNullException.ThrowIfNull(field);
        var rule = op switch
        {
            PredicateOperator.IsTrue when field.Type != FieldType.Boolean => "it works on boolean fields only",
            PredicateOperator.Exact or PredicateOperator.Contains or PredicateOperator.StartsWith or PredicateOperator.EndsWith or PredicateOperator.Regex
                when !field.IsString => "the string operators =, ~, ^, $ and @ work on keyword and text fields",
            PredicateOperator.Match when field.Type == FieldType.Date => "a date needs a range operator (>, >=, <, <=)",
            _ when op.IsRange() && !(field.IsNumber || field.Type == FieldType.Date) => "ranges (>, >=, <, <=) work on number and date fields",
            _ => null,
        };
        if (rule is not null)
            throw QueryErrors.Invalid(parameter,
                $"{operatorName} does not apply to {field.Name}, {QueryErrors.Describe(field)}: {rule}.");
    }

    /// <summary>
    /// Builds the predicate <paramref name="field"/> <paramref name="op"/> <paramref name="operand"/>: the operator
    /// must fit the field's type, a regular expression must be valid Lucene syntax within
    /// <see cref="SearchLimits.MaxRegexLength"/>, and the operand is typed by <see cref="FieldValueParser"/>.
    /// </summary>
    /// <param name="field">The filtered field.</param>
    /// <param name="op">The operator.</param>
    /// <param name="operand">The value without any operator prefix; ignored by <see cref="PredicateOperator.Exists"/> and <see cref="PredicateOperator.IsTrue"/>.</param>
    /// <param name="operatorName">The operator as the caller wrote it, for messages.</param>
    /// <param name="parameter">The parameter to name in an error.</param>
    /// <param name="limits">The regular-expression length limit.</param>
    /// <exception cref="InvalidQueryException">The operator does not fit the field, or the operand is not a valid value for it.</exception>
    public static FieldPredicate Create(
        FieldDefinition field,
        PredicateOperator op,
        string operand,
        string operatorName,
        string parameter,
        SearchLimits limits)
    {
        ArgumentNullException.ThrowIfNull(operand);
        ArgumentNullException.ThrowIfNull(limits);
        CheckOperator(field, op, operatorName, parameter);
        switch (op)
        {
            case PredicateOperator.Exists or PredicateOperator.IsTrue:
                return new FieldPredicate(field.Name, op, null);
            case PredicateOperator.Exact or PredicateOperator.Contains or PredicateOperator.StartsWith or PredicateOperator.EndsWith or PredicateOperator.Regex:
                if (op == PredicateOperator.Regex)
                    CheckRegex(field, operand, parameter, limits);
                return new FieldPredicate(field.Name, op, operand);
            default:
                return new FieldPredicate(field.Name, op, FieldValueParser.Parse(field, operand, parameter));
        }
    }

    internal static FieldPredicate Create(
        FieldDefinition field, FilterValue value, string parameter, SearchLimits limits) =>
        Create(field, value.Operator, value.Operand, value.Describe(), parameter, limits);

    static void CheckRegex(FieldDefinition field, string pattern, string parameter, SearchLimits limits)
    {
        if (pattern.Length > limits.MaxRegexLength)
            throw QueryErrors.Invalid(parameter,
                $"the regular expression is {pattern.Length} characters long; at most {limits.MaxRegexLength} are "
                + "allowed.");
        try
        {
            // Lucene's syntax is the contract (Elasticsearch's regexp query uses the same), so its parser decides.
            _ = new RegExp(pattern, RegExpSyntax.ALL);
        }
        catch (ArgumentException e)
        {
            var detail = field.Protected ? "" : $": {e.Message}";
            throw QueryErrors.Invalid(parameter,
                $"the regular expression is not valid (Lucene regular expression syntax){detail}.");
        }
    }
}
