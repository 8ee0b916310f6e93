using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>A mutable aggregation while parameters are read; named as Socorro names facets.</summary>
internal sealed class AggregationNode(AggregationKind kind, FieldDefinition field)
{
    public AggregationKind Kind { get; } = kind;

    public FieldDefinition Field { get; } = field;

    public string Name { get; } = kind switch
    {
        AggregationKind.Histogram => "histogram_" + field.Name,
        AggregationKind.Cardinality => "cardinality_" + field.Name,
        _ => field.Name,
    };

    public List<AggregationNode> Children { get; } = [];

    public bool HasHistogram(string field) =>
        (Kind == AggregationKind.Histogram && string.Equals(Field.Name, field, StringComparison.Ordinal))
        || Children.Any(c => c.HasHistogram(field));

    public Aggregation Build(int size, IReadOnlyDictionary<string, HistogramInterval> intervals)
    {
        IReadOnlyList<Aggregation> children = [.. Children.Select(c => c.Build(size, intervals))];
        return Kind switch
        {
            AggregationKind.Histogram => new HistogramAggregation(Name, Field.Name,
                intervals.GetValueOrDefault(Field.Name) ?? HistogramIntervalParser.Default(Field), children),
            AggregationKind.Cardinality => new CardinalityAggregation(Name, Field.Name),
            _ => new TermsAggregation(Name, Field.Name, size, children),
        };
    }
}
