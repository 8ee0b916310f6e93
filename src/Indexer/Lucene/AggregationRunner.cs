using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Lucene;

/// <summary>
/// Computes an aggregation tree over matching documents from per-segment columns (see <see cref="ColumnCache"/>):
/// each level counts in one pass over its documents, and sub-aggregations run on each bucket's documents.
/// </summary>
internal sealed class AggregationRunner(FieldCatalogue catalogue, ColumnCache cache,
    IReadOnlyList<SegmentMatches> segments, CancellationToken cancellationToken)
{
    public ColumnCache Cache => cache;

    public IReadOnlyList<SegmentMatches> Segments => segments;

    /// <summary>Checks a whole tree before any work: fields, permissions, sizes and intervals.</summary>
    public static void Validate(IReadOnlyList<Aggregation> aggregations, FieldCatalogue catalogue,
        bool canReadProtected)
    {
        foreach (var aggregation in aggregations)
        {
            var field = catalogue.Find(aggregation.Field)
                ?? throw new InvalidQueryException(aggregation.Field,
                    $"Cannot aggregate on unknown field '{aggregation.Field}'.");
            if (field.Protected && !canReadProtected)
                throw new InvalidQueryException(field.Name,
                    $"Field '{field.Name}' is protected; the caller may not aggregate on it.");
            switch (aggregation)
            {
                case TermsAggregation terms:
                    RequireFacetable(field);
                    if (terms.Size < 1)
                        throw new InvalidQueryException(field.Name,
                            $"The number of terms of '{field.Name}' must be at least 1.");
                    Validate(terms.Children, catalogue, canReadProtected);
                    break;
                case HistogramAggregation histogram:
                    ValidateHistogram(field, histogram.Interval);
                    Validate(histogram.Children, catalogue, canReadProtected);
                    break;
                case CardinalityAggregation:
                    RequireFacetable(field);
                    break;
                case NumberStatsAggregation stats:
                    ValidateStats(field, stats);
                    break;
                default:
                    throw new InvalidQueryException(field.Name,
                        $"Unsupported aggregation {aggregation.GetType().Name}.");
            }
        }
    }

    public List<AggregationResult> Run(IReadOnlyList<Aggregation> aggregations, DocSubset subset)
    {
        var results = new List<AggregationResult>(aggregations.Count);
        foreach (var aggregation in aggregations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var field = catalogue[aggregation.Field];
            results.Add(aggregation switch
            {
                TermsAggregation terms => TermsAggregator.Run(this, terms, field, subset),
                HistogramAggregation histogram => HistogramAggregator.Run(this, histogram, field, subset),
                NumberStatsAggregation stats => NumberStatsAggregator.Run(this, stats, field, subset),
                _ => CardinalityAggregator.Run(this, aggregation, field, subset),
            });
        }
        return results;
    }

    /// <summary>Each segment's ordinal column of the field.</summary>
    public OrdinalColumn[] OrdinalColumns(FieldDefinition field) =>
        segments.Select(s => cache.Ordinals(s.Leaf.AtomicReader, field)).ToArray();

    static void RequireFacetable(FieldDefinition field)
    {
        if (!field.Facetable)
            throw new InvalidQueryException(field.Name, $"Field '{field.Name}' cannot be aggregated on.");
    }

    static void ValidateStats(FieldDefinition field, NumberStatsAggregation stats)
    {
        if (!field.IsNumber)
        {
            throw new InvalidQueryException(field.Name,
                $"A number-statistics aggregation needs a number field; '{field.Name}' is "
                + $"{field.Type.ToString().ToLowerInvariant()}.");
        }
        RequireFacetable(field);
        if (stats.Percentiles.Any(p => !(p >= 0 && p <= 100)))
            throw new InvalidQueryException(field.Name, $"The percentiles of '{field.Name}' must be from 0 to 100.");
    }

    static void ValidateHistogram(FieldDefinition field, HistogramInterval interval)
    {
        if (field.Type == FieldType.Date)
        {
            var valid = interval.Width is null && (interval.Unit is null) != (interval.Span is null)
                && (interval.Span is null || interval.Span.Value.TotalMilliseconds >= 1);
            if (!valid)
                throw new InvalidQueryException(field.Name,
                    $"A histogram of date '{field.Name}' needs either a calendar unit or a span of at least 1 ms.");
            return;
        }
        if (!field.IsNumber)
            throw new InvalidQueryException(field.Name,
                $"A histogram needs a date or number field; '{field.Name}' is "
                + $"{field.Type.ToString().ToLowerInvariant()}.");
        RequireFacetable(field);
        if (interval.Width is not { } width || !double.IsFinite(width) || width <= 0 || interval.Unit is not null
            || interval.Span is not null)
            throw new InvalidQueryException(field.Name,
                $"A histogram of number '{field.Name}' needs a positive width.");
    }
}
