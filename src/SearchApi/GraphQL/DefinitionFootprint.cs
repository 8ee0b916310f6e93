using GraphQLParser.AST;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// What one operation or fragment definition holds as written: its nodes (fields, fragment spreads, inline fragments,
/// arguments, directives, variable definitions and input values) and the names of the fragments it spreads, once per
/// spread. Measured with an explicit stack, so that no document can exhaust the call stack.
/// </summary>
internal sealed record DefinitionFootprint(long Nodes, IReadOnlyList<string> Spreads)
{
    const int NodesBetweenCancellationChecks = 1_024;

    public static DefinitionFootprint Of(GraphQLExecutableDefinition definition, CancellationToken cancellationToken)
    {
        var pending = new Stack<ASTNode>();
        var spreads = new List<string>();
        long nodes = 0;
        if (definition is GraphQLOperationDefinition { Variables: { } variables })
            PushAll(pending, variables.Items);
        PushAll(pending, definition.Directives?.Items);
        PushAll(pending, definition.SelectionSet.Selections);
        while (pending.TryPop(out var node))
        {
            if (++nodes % NodesBetweenCancellationChecks == 0)
                cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case GraphQLField field:
                    PushAll(pending, field.Arguments?.Items);
                    PushAll(pending, field.Directives?.Items);
                    PushAll(pending, field.SelectionSet?.Selections);
                    break;
                case GraphQLFragmentSpread spread:
                    spreads.Add(spread.FragmentName.Name.StringValue);
                    PushAll(pending, spread.Directives?.Items);
                    break;
                case GraphQLInlineFragment inline:
                    PushAll(pending, inline.Directives?.Items);
                    PushAll(pending, inline.SelectionSet.Selections);
                    break;
                case GraphQLDirective directive:
                    PushAll(pending, directive.Arguments?.Items);
                    break;
                case GraphQLArgument argument:
                    pending.Push(argument.Value);
                    break;
                case GraphQLVariableDefinition variable:
                    if (variable.DefaultValue is { } value)
                        pending.Push(value);
                    PushAll(pending, variable.Directives?.Items);
                    break;
                case GraphQLListValue list:
                    PushAll(pending, list.Values);
                    break;
                case GraphQLObjectValue input:
                    foreach (var inputField in input.Fields ?? [])
                        pending.Push(inputField.Value);
                    break;
            }
        }
        return new DefinitionFootprint(nodes, spreads);
    }

    static void PushAll<T>(Stack<ASTNode> pending, List<T>? nodes) where T : ASTNode
    {
        foreach (var node in nodes ?? [])
            pending.Push(node);
    }
}
