using CrashSearch.Indexer.Queries;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>FilterOperator</c> enum: what a <c>FieldFilter</c> tests (docs/query-semantics.md).</summary>
internal sealed class FilterOperatorEnumType : EnumerationGraphType
{
    static readonly (string Name, PredicateOperator Operator, string Description)[] Operators =
    [
        ("MATCH", PredicateOperator.Match, "Text fields: every word of the value occurs (case-insensitive). Other fields: equals the value."),
        ("EXACT", PredicateOperator.Exact, "The whole value, case-sensitive (strings)."),
        ("CONTAINS", PredicateOperator.Contains, "The value contains the string, case-sensitive (strings)."),
        ("STARTS_WITH", PredicateOperator.StartsWith, "The value starts with the string (strings)."),
        ("ENDS_WITH", PredicateOperator.EndsWith, "The value ends with the string (strings)."),
        ("REGEX", PredicateOperator.Regex, "The whole value matches a Lucene regular expression (strings)."),
        ("GT", PredicateOperator.GreaterThan, "Greater than the one value (numbers, dates)."),
        ("GTE", PredicateOperator.GreaterOrEqual, "Greater than or equal to the one value (numbers, dates)."),
        ("LT", PredicateOperator.LessThan, "Less than the one value (numbers, dates)."),
        ("LTE", PredicateOperator.LessOrEqual, "Less than or equal to the one value (numbers, dates)."),
        ("EXISTS", PredicateOperator.Exists, "The field has a value; takes no values (negate: the field has none)."),
        ("IS_TRUE", PredicateOperator.IsTrue, "A boolean field is true; takes no values (negate: false or missing)."),
    ];

    public FilterOperatorEnumType()
    {
        Name = "FilterOperator";
        Description = "How a FieldFilter compares the field with its values.";
        foreach (var (name, op, description) in Operators)
            Add(name, op, description);
    }

    /// <summary>The GraphQL name of an operator, for messages.</summary>
    public static string NameOf(PredicateOperator op) => Operators.First(o => o.Operator == op).Name;
}
