using CrashSearch.Indexer.Fields;
using Lucene.Net.Util.Automaton;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>Checks that a filter value's operator fits its field's type and builds the typed predicate.</summary>
internal static class FieldPredicateFactory
{
    public static FieldPredicate Create(FieldDefinition field, FilterValue value, string parameter, SuperSearchLimits limits)
    {
        switch (value.Operator)
        {
            case PredicateOperator.Exists:
                return new FieldPredicate(field.Name, PredicateOperator.Exists, null);
            case PredicateOperator.IsTrue:
                Require(field.Type == FieldType.Boolean, field, value, parameter, "'__true__' works on boolean fields only");
                return new FieldPredicate(field.Name, PredicateOperator.IsTrue, null);
            case PredicateOperator.Exact or PredicateOperator.Contains or PredicateOperator.StartsWith or PredicateOperator.EndsWith or PredicateOperator.Regex:
                Require(field.IsString, field, value, parameter, "the string operators =, ~, ^, $ and @ work on keyword and text fields");
                if (value.Operator == PredicateOperator.Regex)
                    CheckRegex(field, value.Operand, parameter, limits);
                return new FieldPredicate(field.Name, value.Operator, value.Operand);
            case PredicateOperator.Match:
                Require(field.Type != FieldType.Date, field, value, parameter, "a date needs a range operator (>, >=, <, <=)");
                return new FieldPredicate(field.Name, PredicateOperator.Match, FieldValueParser.Parse(field, value.Operand, parameter));
            default:
                Require(field.IsNumber || field.Type == FieldType.Date, field, value, parameter, "ranges (>, >=, <, <=) work on number and date fields");
                return new FieldPredicate(field.Name, value.Operator, FieldValueParser.Parse(field, value.Operand, parameter));
        }
    }

    static void Require(bool fits, FieldDefinition field, FilterValue value, string parameter, string rule)
    {
        if (!fits)
            throw SuperSearchErrors.Invalid(parameter, $"{value.Describe()} does not apply to {field.Name}, {SuperSearchErrors.Describe(field)}: {rule}.");
    }

    static void CheckRegex(FieldDefinition field, string pattern, string parameter, SuperSearchLimits limits)
    {
        if (pattern.Length > limits.MaxRegexLength)
            throw SuperSearchErrors.Invalid(parameter, $"the regular expression is {pattern.Length} characters long; at most {limits.MaxRegexLength} are allowed.");
        try
        {
            // Lucene's syntax is the contract (Elasticsearch's regexp query uses the same), so its parser decides.
            _ = new RegExp(pattern, RegExpSyntax.ALL);
        }
        catch (ArgumentException e)
        {
            var detail = field.Protected ? "" : $": {e.Message}";
            throw SuperSearchErrors.Invalid(parameter, $"the regular expression is not valid (Lucene regular expression syntax){detail}.");
        }
    }
}
