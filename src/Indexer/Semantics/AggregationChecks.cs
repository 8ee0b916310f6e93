using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Semantics;

/// <summary>
/// The checks of an aggregation tree, run on the whole tree before any work: known fields, the caller's right to
/// protected ones, fields that can be aggregated on, sizes, percentiles and histogram intervals. Both engines run
/// them (Lucene's <c>AggregationRunner</c> and Elasticsearch's search) so that a tree one refuses the other refuses
/// with the same message.
/// </summary>
internal static class AggregationChecks
{
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
