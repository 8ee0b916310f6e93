using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Turns selected <c>facet</c>, <c>histogram</c> and <c>distinct</c> fields, and the ones nested in their buckets,
/// into the query's aggregation tree. Each aggregation is named by its response key, so that every alias gets its
/// own and the bucket resolvers find their results by the key they are resolved under.
/// </summary>
internal static class AggregationReader
{
    public const string Facet = "facet";
    public const string Histogram = "histogram";
    public const string Distinct = "distinct";
    public const int DefaultFacetSize = 10;

    public static Aggregation? Read(
        IResolveFieldContext context, SelectedField selected, string path, FieldCatalogue catalogue)
    {
        var kind = selected.Definition.Name;
        if (kind is not (Facet or Histogram or Distinct))
            return null;
        var arguments = SelectionWalker.Arguments(context, selected);
        var field = catalogue[(string)arguments["field"].Value!];
        var at = path.Length == 0 ? selected.ResponseKey : $"{path}.{selected.ResponseKey}";
        switch (kind)
        {
            case Facet:
                RequireFacetable(field, at);
                var size = arguments.TryGetValue("size", out var given) && given.Value is int n ? n : DefaultFacetSize;
                return new TermsAggregation(
                    selected.ResponseKey, field.Name, size, Children(context, selected, at, catalogue));
            case Histogram:
                var interval = HistogramIntervalArgument.Parse(field, (string)arguments["interval"].Value!, at);
                return new HistogramAggregation(
                    selected.ResponseKey, field.Name, interval, Children(context, selected, at, catalogue));
            default:
                RequireFacetable(field, at);
                return new CardinalityAggregation(selected.ResponseKey, field.Name);
        }
    }

    static List<Aggregation> Children(
        IResolveFieldContext context, SelectedField selected, string path, FieldCatalogue catalogue)
    {
        var bucket = (IComplexGraphType)selected.Definition.ResolvedType!.GetNamedType();
        return [.. SelectionWalker.Children(context, bucket, selected.Nodes)
            .Select(child => Read(context, child, path, catalogue))
            .OfType<Aggregation>()];
    }

    static void RequireFacetable(FieldDefinition field, string at)
    {
        if (!field.Facetable)
            throw CrashErrors.BadQuery($"{at}.field",
                $"{field.Name} cannot be aggregated (it is not facetable; see the query `fields`).");
    }
}
