namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>The kinds of aggregation SuperSearch can ask for.</summary>
internal enum AggregationKind
{
    Terms,
    Histogram,
    Cardinality,
}
