using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>
/// Collects the aggregation parameters (<c>_facets</c>, <c>_aggs.*</c>, <c>_histogram.*</c>, <c>_cardinality.*</c>)
/// into one tree, merging requests for the same aggregation at the same place whatever their order, and builds the
/// <see cref="Aggregation"/> records once sizes and intervals are known.
/// </summary>
internal sealed class AggregationTreeBuilder(FieldCatalogue catalogue, SearchLimits limits, ProtectedFieldGate gate)
{
    public const string HistogramPrefix = "_histogram.";
    public const string CardinalityPrefix = "_cardinality.";

    readonly List<AggregationNode> _roots = [];

    /// <summary>A top-level aggregation from a spec: a field (terms), <c>_histogram.f</c> or <c>_cardinality.f</c>.</summary>
    public void AddTopLevel(string spec, string parameter)
    {
        if (Resolve(spec, parameter) is { } node)
            FindOrAdd(_roots, node);
    }

    /// <summary>
    /// Terms of each field of <paramref name="chain"/>, nested in order, with each spec of <paramref name="values"/>
    /// inside the last one (<c>_aggs.product.version=platform</c>). A protected field cuts the chain where it stands.
    /// </summary>
    public void AddChain(IReadOnlyList<string> chain, IReadOnlyList<string> values, string parameter)
    {
        if (chain.Count > limits.MaxAggregationDepth)
            throw QueryErrors.Invalid(parameter,
                $"aggregations nest at most {limits.MaxAggregationDepth} levels deep.");
        var level = _roots;
        foreach (var name in chain)
        {
            if (name.StartsWith('_'))
                throw QueryErrors.Invalid(parameter,
                    $"only field names may follow '_aggs.' (found {QueryErrors.Quote(name)}); put _histogram.* and "
                    + "_cardinality.* in the value.");
            var field = Field(name, parameter);
            if (!gate.Allows(field, parameter))
                return;
            RequireFacetable(field, parameter);
            level = FindOrAdd(level, new AggregationNode(AggregationKind.Terms, field)).Children;
        }
        AddChildren(level, chain.Count, values, parameter);
    }

    /// <summary>A histogram over <paramref name="fieldName"/> with each spec of <paramref name="values"/> inside it.</summary>
    public void AddHistogram(string fieldName, IReadOnlyList<string> values, string parameter)
    {
        if (Resolve(HistogramPrefix + fieldName, parameter) is { } node)
            AddChildren(FindOrAdd(_roots, node).Children, 1, values, parameter);
    }

    void AddChildren(List<AggregationNode> level, int depth, IReadOnlyList<string> values, string parameter)
    {
        var specs = values.SelectMany(SplitList).ToList();
        if ((specs.Count > 0 ? depth + 1 : depth) > limits.MaxAggregationDepth)
            throw QueryErrors.Invalid(parameter,
                $"aggregations nest at most {limits.MaxAggregationDepth} levels deep.");
        foreach (var spec in specs)
        {
            if (Resolve(spec, parameter) is { } node)
                FindOrAdd(level, node);
        }
    }

    public IReadOnlyList<Aggregation> Build(int size, IReadOnlyDictionary<string, HistogramInterval> intervals) =>
        [.. _roots.Select(r => r.Build(size, intervals))];

    /// <summary>Whether a histogram over the field was asked for anywhere in the tree.</summary>
    public bool HasHistogram(string field) => _roots.Any(r => r.HasHistogram(field));

    AggregationNode? Resolve(string spec, string parameter)
    {
        var (kind, name) = spec.StartsWith(HistogramPrefix, StringComparison.Ordinal) ? (AggregationKind.Histogram, spec[HistogramPrefix.Length..])
            : spec.StartsWith(CardinalityPrefix, StringComparison.Ordinal) ? (AggregationKind.Cardinality, spec[CardinalityPrefix.Length..])
            : (AggregationKind.Terms, spec);
        var field = Field(name, parameter);
        if (!gate.Allows(field, parameter))
            return null;
        if (kind == AggregationKind.Histogram)
        {
            if (!HistogramIntervalParser.Applies(field) || (field.IsNumber && !field.Facetable))
                throw QueryErrors.Invalid(parameter,
                    $"histograms work on facetable date and number fields, and {field.Name} is "
                    + $"{QueryErrors.Describe(field)}{(field.Facetable ? "" : " that is not facetable")}.");
        }
        else
        {
            RequireFacetable(field, parameter);
        }
        return new AggregationNode(kind, field);
    }

    FieldDefinition Field(string name, string parameter) =>
        catalogue.Find(name) ?? throw QueryErrors.Invalid(parameter, $"unknown field {QueryErrors.Quote(name)}.");

    static void RequireFacetable(FieldDefinition field, string parameter)
    {
        if (!field.Facetable)
            throw QueryErrors.Invalid(parameter, $"field '{field.Name}' is not facetable.");
    }

    static AggregationNode FindOrAdd(List<AggregationNode> level, AggregationNode node)
    {
        var existing = level.Find(n => string.Equals(n.Name, node.Name, StringComparison.Ordinal));
        if (existing is not null)
            return existing;
        level.Add(node);
        return node;
    }

    /// <summary>Splits a list value on commas, dropping blanks (Socorro accepts repeated parameters and lists).</summary>
    public static IEnumerable<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
