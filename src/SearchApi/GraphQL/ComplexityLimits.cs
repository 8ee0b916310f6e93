using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// Depth and complexity limits. A facet's <c>size</c> multiplies the cost of its buckets' children like a
/// connection's <c>first</c>. Depth is checked here rather than by the analyzer, so that documents that only
/// introspect (GraphiQL's introspection query is 15 levels deep) are exempt.
/// </summary>
internal static class ComplexityLimits
{
    static readonly string[] IntrospectionFields = ["__schema", "__type", "__typename"];

    public static void Configure(ComplexityOptions complexity, IServiceProvider services)
    {
        var limits = services.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        complexity.MaxComplexity = limits.MaxComplexity;
        complexity.MaxDepth = null;
        var standard = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = field => SizedListImpact(field) ?? standard(field);
        complexity.ValidateComplexityDelegate = context =>
        {
            if (context.Error is null && context.MaxDepth > limits.MaxDepth && !IntrospectsOnly(context.ValidationContext))
            {
                context.Error = new ComplexityError(
                    $"Query is too deep: {context.MaxDepth} levels; at most {limits.MaxDepth} are allowed.");
            }
            return Task.CompletedTask;
        };
    }

    static FieldComplexityResult? SizedListImpact(FieldImpactContext field) =>
        field.Arguments?.TryGetValue("size", out var size) == true && size.Value is int buckets
            ? new FieldComplexityResult(field.Configuration.DefaultObjectImpact, Math.Max(buckets, 1))
            : null;

    static bool IntrospectsOnly(ValidationContext context) => OnlyIntrospection(context.Operation.SelectionSet, context.Document, 0);

    static bool OnlyIntrospection(GraphQLSelectionSet set, GraphQLDocument document, int fragmentDepth) =>
        fragmentDepth < 10 && set.Selections.All(selection => selection switch
        {
            GraphQLField field => IntrospectionFields.Contains(field.Name.StringValue, StringComparer.Ordinal),
            GraphQLInlineFragment inline => OnlyIntrospection(inline.SelectionSet, document, fragmentDepth + 1),
            GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                .FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name) is { } fragment
                && OnlyIntrospection(fragment.SelectionSet, document, fragmentDepth + 1),
            _ => false,
        });
}
