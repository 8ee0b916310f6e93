using CrashSearch.Indexer.Queries;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>FieldFilter</c> input.</summary>
internal sealed class FieldFilterInputType : InputObjectGraphType<FieldFilter>
{
    public FieldFilterInputType()
    {
        Name = "FieldFilter";
        Description = "A test on one field. Several values are ORed; with negate, each value is excluded. Filters are ANDed.";
        Field<NonNullGraphType<CrashFieldEnumType>>("field").Description("The field tested.");
        Field<FilterOperatorEnumType>("op").DefaultValue(PredicateOperator.Match).Description("The comparison.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("values")
            .DefaultValue(Array.Empty<string>())
            .Description("Values typed by the field: numbers, booleans (true/false, t/f, 1/0, yes/no), dates (YYYY-MM-DD or ISO 8601).");
        Field<BooleanGraphType>("negate").DefaultValue(false).Description("Exclude crashes that match (each value excluded).");
        Field<IntGraphType>("withinTopFrames").Description("Stack-frame fields only: test only the top N frames of the crashing thread.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new FieldFilter(
        (string)value["field"]!,
        value.TryGetValue("op", out var op) && op is PredicateOperator given ? given : PredicateOperator.Match,
        value.TryGetValue("values", out var values) && values is IEnumerable<object?> list ? [.. list.OfType<string>()] : [],
        value.TryGetValue("negate", out var negate) && negate is true,
        value.TryGetValue("withinTopFrames", out var frames) ? frames as int? : null);
}
