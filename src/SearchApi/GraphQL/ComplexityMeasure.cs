using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// Complexity and depth of an operation, by the rules GraphQL.NET's analyzer applied before (so limits keep their
/// meaning), but measuring each fragment once:
/// <list type="bullet">
/// <item>every field costs 1, times the multipliers of the fields above it; introspection (<c>__schema</c>,
/// <c>__type</c>, <c>__typename</c>) costs nothing, nor does anything below it;</item>
/// <item>a field with an integer <c>size</c> (a facet) multiplies its children by it;</item>
/// <item>a list field multiplies its children by its <c>first</c> or <c>last</c>, by 1 with an <c>id</c>, else by
/// the <c>first</c> or <c>last</c> of its parent field when that is not a list (a connection's <c>edges</c>), else
/// by 20 per level of list;</item>
/// <item>depth counts the nested fields that have a selection, plus one for the operation.</item>
/// </list>
/// A fragment's cost is linear in the multiplier it is spread under, so it is measured at multiplier 1 and scaled;
/// the only outside fact it depends on is the parent's <c>first</c>/<c>last</c>, which is part of the memo's key.
/// The recursion is as deep as the document's nesting, which the parser and <see cref="DocumentLimits"/> bound.
/// </summary>
internal sealed class ComplexityMeasure(ValidationContext context)
{
    const double ListMultiplier = 20;

    readonly Dictionary<(GraphQLFragmentDefinition Fragment, double? ParentPage), Measured> _fragments = [];

    public readonly record struct Measured(double Complexity, int Depth);

    public Measured Measure(GraphQLOperationDefinition operation)
    {
        var root = operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            _ => context.Schema.Subscription,
        };
        var measured = Of(operation.SelectionSet, root, parentPage: null);
        return measured with { Depth = measured.Depth + 1 };
    }

    /// <summary>
    /// The cost of <paramref name="set"/> at multiplier 1; <paramref name="parentPage"/> is the enclosing field's
    /// <c>first</c> or <c>last</c> when that field is not a list.
    /// </summary>
    Measured Of(GraphQLSelectionSet set, IGraphType? type, double? parentPage)
    {
        double complexity = 0;
        var depth = 0;
        foreach (var selection in set.Selections)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!context.ShouldIncludeNode(selection))
                continue;
            var measured = selection switch
            {
                GraphQLField field => OfField(field, type, parentPage),
                GraphQLInlineFragment inline =>
                    Of(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? type, parentPage),
                GraphQLFragmentSpread spread => OfSpread(spread, parentPage),
                _ => default,
            };
            complexity += measured.Complexity;
            depth = Math.Max(depth, measured.Depth);
        }
        return new Measured(complexity, depth);
    }

    Measured OfSpread(GraphQLFragmentSpread spread, double? parentPage)
    {
        if (context.Document.FindFragmentDefinition(spread.FragmentName.Name) is not { } fragment)
            return default;
        if (!_fragments.TryGetValue((fragment, parentPage), out var measured))
        {
            measured = Of(fragment.SelectionSet, TypeOf(fragment.TypeCondition), parentPage);
            _fragments[(fragment, parentPage)] = measured;
        }
        return measured;
    }

    Measured OfField(GraphQLField field, IGraphType? parentType, double? parentPage)
    {
        var definition = Definition(field, parentType);
        if (definition is null)
            return default;
        if (definition == context.Schema.SchemaMetaFieldType || definition == context.Schema.TypeMetaFieldType
            || definition == context.Schema.TypeNameMetaFieldType)
        {
            // Free, with everything below it; its nesting still counts towards the depth.
            return field.SelectionSet is { } introspected
                ? new Measured(0, 1 + Of(introspected, definition.ResolvedType?.GetNamedType(), null).Depth)
                : default;
        }
        if (field.SelectionSet is not { } children)
            return new Measured(1, 0);
        var arguments = context.ArgumentValues?.GetValueOrDefault(field);
        var lists = ListLevels(definition.ResolvedType);
        var childPage = lists == 0 ? Page(arguments) : null;
        var below = Of(children, definition.ResolvedType?.GetNamedType(), childPage);
        return new Measured(1 + Multiplier(arguments, lists, parentPage) * below.Complexity, 1 + below.Depth);
    }

    static double Multiplier(IDictionary<string, ArgumentValue>? arguments, int lists, double? parentPage)
    {
        if (IntArgument(arguments, "size") is { } size)
            return Math.Max(size, 1);
        if (lists == 0)
            return 1;
        if (Page(arguments) is { } page)
            return page;
        if (arguments?.ContainsKey("id") == true)
            return 1;
        return parentPage ?? Math.Pow(ListMultiplier, lists);
    }

    static double? Page(IDictionary<string, ArgumentValue>? arguments) =>
        IntArgument(arguments, "first") ?? IntArgument(arguments, "last");

    static int? IntArgument(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments?.TryGetValue(name, out var value) == true && value.Value is int number ? number : null;

    static int ListLevels(IGraphType? type)
    {
        var levels = 0;
        while (true)
        {
            if (type is NonNullGraphType nonNull)
                type = nonNull.ResolvedType;
            if (type is not ListGraphType list)
                return levels;
            levels++;
            type = list.ResolvedType;
        }
    }

    FieldType? Definition(GraphQLField field, IGraphType? parentType)
    {
        var name = field.Name.StringValue;
        if (name == "__typename")
            return context.Schema.TypeNameMetaFieldType;
        if (parentType == context.Schema.Query && name == "__schema")
            return context.Schema.SchemaMetaFieldType;
        if (parentType == context.Schema.Query && name == "__type")
            return context.Schema.TypeMetaFieldType;
        return (parentType as IComplexGraphType)?.GetField(field.Name);
    }

    IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : context.Schema.AllTypes[condition.Type.Name];
}
