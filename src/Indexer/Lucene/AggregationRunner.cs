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
}
