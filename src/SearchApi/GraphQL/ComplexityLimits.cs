using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// The depth and complexity limits, checked after the standard validation rules passed (so arguments are coerced and
/// fragments are known and acyclic). GraphQL.NET's analyzer walks every fragment again at each spread, which made a
/// 1.5 KB document cost minutes; <see cref="ComplexityMeasure"/> measures each fragment once. Depth is checked here
/// rather than by a separate rule, so that documents that only introspect (GraphiQL's introspection query is 15 levels
/// deep) are exempt.
/// </summary>
internal sealed class ComplexityLimits(IOptions<GraphQLOptions> options) : ValidationRuleBase
{
    static readonly string[] IntrospectionFields = ["__schema", "__type", "__typename"];

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.HasErrors)
            return default;
        var limits = options.Value;
        var measured = new ComplexityMeasure(context).Measure(context.Operation);
        // Written so that a NaN (0 times an overflow) counts as too complex.
        if (!(measured.Complexity <= limits.MaxComplexity))
        {
            context.ReportError(new DocumentLimitError(
                $"Query is too complex: its complexity is {measured.Complexity:0}; "
                + $"at most {limits.MaxComplexity} is allowed."));
        }
        else if (measured.Depth > limits.MaxDepth && !IntrospectsOnly(context.Operation.SelectionSet, context))
        {
            context.ReportError(new DocumentLimitError(
                $"Query is too deep: {measured.Depth} levels; at most {limits.MaxDepth} are allowed."));
        }
        return default;
    }

    /// <summary>
    /// Whether every root field, through fragments, is an introspection field. Spreads are followed at most as deep
    /// as <see cref="GraphQLOptions.MaxFragmentSpreadDepth"/> allows, which the document was checked against.
    /// </summary>
    static bool IntrospectsOnly(GraphQLSelectionSet set, ValidationContext context) =>
        set.Selections.All(selection => selection switch
        {
            GraphQLField field => IntrospectionFields.Contains(field.Name.StringValue, StringComparer.Ordinal),
            GraphQLInlineFragment inline => IntrospectsOnly(inline.SelectionSet, context),
            GraphQLFragmentSpread spread =>
                context.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment
                && IntrospectsOnly(fragment.SelectionSet, context),
            _ => false,
        });
}
