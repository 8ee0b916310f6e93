using FieldCatalogue = CrashSearch.Indexer.Fields.FieldCatalogue;
using CrashSearch.Indexer.Queries;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Reads a <c>crashes</c> or <c>crash</c> field's own selection set, before its one search, to learn which
/// columns, frames and aggregations the response will need.
/// </summary>
internal static class CrashSelectionReader
{
    public static CrashSelection ForConnection(IResolveFieldContext context, FieldCatalogue catalogue)
    {
        var columns = new List<string>();
        var frames = false;
        var needsHits = false;
        var aggregations = new List<Aggregation>();
        foreach (var selected in SelectionWalker.Children(context, NamedType(context.FieldDefinition), [context.FieldAst]))
        {
            switch (selected.Definition.Name)
            {
                case "edges":
                    needsHits = true;
                    foreach (var node in SelectionWalker.Children(context, NamedType(selected.Definition), selected.Nodes).Where(f => f.Definition.Name == "node"))
                        frames |= ReadCrash(context, NamedType(node.Definition), node.Nodes, columns);
                    break;
                case "pageInfo":
                    needsHits = true;
                    break;
                default:
                    if (AggregationReader.Read(context, selected, "", catalogue) is { } aggregation)
                        aggregations.Add(aggregation);
                    break;
            }
        }
        return new CrashSelection(columns, frames, needsHits, aggregations);
    }

    public static CrashSelection ForCrash(IResolveFieldContext context)
    {
        var columns = new List<string>();
        var frames = ReadCrash(context, NamedType(context.FieldDefinition), [context.FieldAst], columns);
        return new CrashSelection(columns, frames, NeedsHits: true, []);
    }

    /// <summary>Adds the catalogue fields of the selected Crash fields to <paramref name="columns"/>; true when frames are selected.</summary>
    static bool ReadCrash(IResolveFieldContext context, IComplexGraphType crash, IEnumerable<GraphQLField> nodes, List<string> columns)
    {
        var frames = false;
        foreach (var selected in SelectionWalker.Children(context, crash, nodes))
        {
            if (selected.Definition.Name == CrashType.FramesField)
                frames = true;
            else if (CrashType.CatalogueFieldOf(selected.Definition) is { } name && !columns.Contains(name))
                columns.Add(name);
        }
        return frames;
    }

    static IComplexGraphType NamedType(FieldType field) => (IComplexGraphType)field.ResolvedType!.GetNamedType();
}
