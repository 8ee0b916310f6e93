using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Reads the sub-selection of fields the way execution will: fragments spread and inlined, <c>@skip</c> and
/// <c>@include</c> honoured, fields merged by response key (alias or name), in document order.
/// </summary>
internal static class SelectionWalker
{
    public static IReadOnlyList<SelectedField> Children(IResolveFieldContext context, IComplexGraphType type, IEnumerable<GraphQLField> parents)
    {
        var byKey = new Dictionary<string, (FieldType Definition, List<GraphQLField> Nodes)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var parent in parents)
        {
            if (parent.SelectionSet is { } set)
                Collect(context, type, set, byKey, order, depth: 0);
        }
        return [.. order.Select(key => new SelectedField(key, byKey[key].Definition, byKey[key].Nodes))];
    }

    /// <summary>The arguments of a selected field, coerced and with defaults, as validation computed them.</summary>
    public static IDictionary<string, ArgumentValue> Arguments(IResolveFieldContext context, SelectedField field) =>
        context.ExecutionContext.GetArguments(field.Definition, field.Nodes[0]) ?? new Dictionary<string, ArgumentValue>();

    static void Collect(
        IResolveFieldContext context, IComplexGraphType type, GraphQLSelectionSet set,
        Dictionary<string, (FieldType Definition, List<GraphQLField> Nodes)> byKey, List<string> order, int depth)
    {
        // Validation rejects fragment cycles; the bound only guards against a document it did not see.
        if (depth > 32)
            return;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when Included(context, field):
                    if (type.GetField(field.Name) is not { } definition)
                        continue;
                    var key = (field.Alias?.Name ?? field.Name).StringValue;
                    if (byKey.TryGetValue(key, out var known))
                        known.Nodes.Add(field);
                    else
                    {
                        byKey[key] = (definition, [field]);
                        order.Add(key);
                    }
                    break;
                case GraphQLInlineFragment inline when Included(context, inline):
                    Collect(context, type, inline.SelectionSet, byKey, order, depth + 1);
                    break;
                case GraphQLFragmentSpread spread when Included(context, spread):
                    var fragment = context.Document.Definitions.OfType<GraphQLFragmentDefinition>()
                        .FirstOrDefault(f => f.FragmentName.Name == spread.FragmentName.Name);
                    if (fragment is not null)
                        Collect(context, type, fragment.SelectionSet, byKey, order, depth + 1);
                    break;
            }
        }
    }

    static bool Included(IResolveFieldContext context, ASTNode node)
    {
        if (context.ExecutionContext.GetDirectives(node) is not { } directives)
            return true;
        if (directives.TryGetValue("skip", out var skip) && skip.Arguments["if"].Value is true)
            return false;
        return !(directives.TryGetValue("include", out var include) && include.Arguments["if"].Value is false);
    }
}
