using GraphQLParser.AST;

namespace CrashSearch.SearchApi.GraphQL;

/// <summary>
/// Bounds what a parsed document can cost before GraphQL.NET validates it: the number of fragments, the depth of
/// nested fragment spreads, and the number of nodes with every fragment counted at each of its
/// spreads. A few kilobytes of fragments spreading each other can otherwise stand for billions of fields, and every
/// later walk that expands spreads (validation, complexity, execution, our selection reader) would pay for them.
/// The walk keeps its own stacks and counts each fragment once, so it is linear in the document's text.
/// </summary>
internal static class DocumentLimits
{
    /// <summary>The first limit <paramref name="document"/> exceeds, or null when it is within all of them.</summary>
    public static DocumentLimitError? Check(
        GraphQLDocument document, GraphQLOptions limits, CancellationToken cancellationToken)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        var fragmentCount = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLFragmentDefinition fragment)
                continue;
            fragmentCount++;
            // A repeated name is reported by validation (UniqueFragmentNames); the first definition stands for it here.
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
        if (fragmentCount > limits.MaxFragments)
            return new DocumentLimitError(
                $"The document defines {fragmentCount} fragments; at most {limits.MaxFragments} are allowed.");

        var footprints = new Dictionary<string, DefinitionFootprint>(StringComparer.Ordinal);
        foreach (var (name, fragment) in fragments)
            footprints[name] = DefinitionFootprint.Of(fragment, cancellationToken);
        var expansions = new Dictionary<string, FragmentExpansion>(StringComparer.Ordinal);
        ExpandAll(footprints, limits.MaxNodes, expansions, cancellationToken);

        long nodes = 0;
        var spreadDepth = 0;
        foreach (var definition in document.Definitions)
        {
            // Fragments already have their expansion; operations are expanded once each, here.
            var expansion = definition switch
            {
                GraphQLFragmentDefinition fragment => expansions[fragment.FragmentName.Name.StringValue],
                GraphQLOperationDefinition operation =>
                    Expand(DefinitionFootprint.Of(operation, cancellationToken), expansions, limits.MaxNodes),
                _ => new FragmentExpansion(1, 0),
            };
            nodes = Math.Min(nodes + expansion.Nodes, limits.MaxNodes + 1L);
            spreadDepth = Math.Max(spreadDepth, expansion.SpreadDepth);
        }
        if (spreadDepth > limits.MaxFragmentSpreadDepth)
            return new DocumentLimitError(
                $"Fragment spreads are nested {spreadDepth} deep; "
                + $"at most {limits.MaxFragmentSpreadDepth} levels are allowed.");
        if (nodes > limits.MaxNodes)
            return new DocumentLimitError(
                $"The document has more than {limits.MaxNodes} nodes, counting a fragment's nodes at each of its "
                + $"spreads; at most {limits.MaxNodes} are allowed.");
        return null;
    }

    /// <summary>
    /// Fills <paramref name="expansions"/> for every fragment, dependencies first, with an explicit stack (a chain of
    /// thousands of fragments must not recurse thousands of frames deep).
    /// </summary>
    static void ExpandAll(
        Dictionary<string, DefinitionFootprint> footprints, int maxNodes,
        Dictionary<string, FragmentExpansion> expansions, CancellationToken cancellationToken)
    {
        var path = new Stack<(string Name, int NextSpread)>();
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in footprints.Keys)
        {
            if (expansions.ContainsKey(root))
                continue;
            path.Push((root, 0));
            onPath.Add(root);
            while (path.TryPop(out var step))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var spreads = footprints[step.Name].Spreads;
                if (step.NextSpread == spreads.Count)
                {
                    expansions[step.Name] = Expand(footprints[step.Name], expansions, maxNodes);
                    onPath.Remove(step.Name);
                    continue;
                }
                path.Push((step.Name, step.NextSpread + 1));
                var target = spreads[step.NextSpread];
                // A spread that closes a cycle adds nothing here; validation (NoFragmentCycles) refuses the document.
                if (footprints.ContainsKey(target) && !expansions.ContainsKey(target) && onPath.Add(target))
                    path.Push((target, 0));
            }
        }
    }

    /// <summary>A definition's expansion from those of the fragments it spreads (all known by now).</summary>
    static FragmentExpansion Expand(
        DefinitionFootprint footprint, Dictionary<string, FragmentExpansion> expansions, int maxNodes)
    {
        var nodes = footprint.Nodes;
        var spreadDepth = 0;
        foreach (var target in footprint.Spreads)
        {
            // An unknown fragment is reported by validation (KnownFragmentNames); it adds no nodes of its own.
            var spread = expansions.GetValueOrDefault(target, new FragmentExpansion(0, 0));
            // Capped just above the limit: 2^60 expansions must not overflow into a small number.
            nodes = Math.Min(nodes + spread.Nodes, maxNodes + 1L);
            spreadDepth = Math.Max(spreadDepth, spread.SpreadDepth + 1);
        }
        return new FragmentExpansion(nodes, spreadDepth);
    }
}
