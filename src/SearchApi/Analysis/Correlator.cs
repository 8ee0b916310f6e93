using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.Indexer.Queries.SearchBox;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Analysis;

/// <summary>
/// Correlations (docs/analysis.md): which attribute values are over- or under-represented in the crashes of a search
/// against a reference set. Two searches of count-only terms aggregations, one per field in each (plus, rarely, one
/// for the counts of candidates outside the first 10,000 values of a set), whatever the number of crashes.
/// </summary>
internal sealed class Correlator(ICrashIndex index, CrashQueryBuilder builder, IOptions<AnalysisOptions> options)
{
    /// <summary>
    /// What crash-stats' correlations looked at: the modules in the stack, add-ons, CPU, platform version, graphics
    /// adapter, locale, channel, version, process type and a few flags.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultFields =
    [
        "module", "addons", "cpu_arch", "cpu_count", "platform", "platform_version", "adapter_vendor_id",
        "adapter_device_id", "useragent_locale", "release_channel", "version", "process_type", "startup_crash",
        "dom_fission_enabled",
    ];

    /// <summary>The group query's extra aggregation that finds the products of a default reference.</summary>
    const string ProductsAggregation = "reference products";

    const string Product = "product";

    readonly SearchBoxParser _searchBox = new(builder.Catalogue, builder.Limits);

    public FieldCatalogue Catalogue => builder.Catalogue;

    public async Task<CorrelationReport> CorrelateAsync(
        CorrelationRequest request, SearchRights rights, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fields = CheckFields(request);
        var settings = options.Value;
        var size = builder.Limits.MaxFacetSize;
        List<Aggregation> terms = [.. fields.Select(f => new TermsAggregation(f.Name, f.Name, size, []))];
        var defaultReference = string.IsNullOrWhiteSpace(request.Reference);
        List<Aggregation> groupTerms = defaultReference
            ? [.. terms, new TermsAggregation(ProductsAggregation, Product, size, [])]
            : terms;
        var group = builder.Build(new CrashQuestion { Search = [request.Search], Size = 0, Aggregations = groupTerms },
            rights, now);
        var groupResult = await index.SearchAsync(group.Query, cancellationToken);
        var reference = builder.Build(ReferenceQuestion(request, group.Query, groupResult, terms), rights, now);
        var referenceResult = await index.SearchAsync(reference.Query, cancellationToken);
        var withheld = group.Withheld.Concat(reference.Withheld).Distinct(StringComparer.Ordinal).ToList();
        var sets = new CorrelationSets(groupResult, referenceResult, size, settings.CorrelationCandidates);
        var found = new List<Correlation>();
        foreach (var field in fields)
        {
            if (groupResult.Aggregations.All(a => a.Name != field.Name))
                continue;
            var counts = await sets.CountsAsync(field, (side, values) => Recount(group.Query, reference.Query, side,
                values, field, cancellationToken));
            found.AddRange(Score(field, counts, groupResult.Total, referenceResult.Total, settings));
        }
        var best = found.OrderByDescending(c => Math.Abs(c.Score))
            .ThenBy(c => c.Field, StringComparer.Ordinal)
            .ThenBy(c => c.Value, StringComparer.Ordinal)
            .Take(request.First)
            .ToList();
        return new CorrelationReport(best, groupResult.Total, referenceResult.Total, withheld);
    }

    List<FieldDefinition> CheckFields(CorrelationRequest request)
    {
        if (request.First is < 1 or > CorrelationRequest.MaxFirst)
        {
            throw new InvalidQueryException("first",
                $"Argument 'first': must be from 1 to {CorrelationRequest.MaxFirst}, got {request.First}.");
        }
        var names = request.Fields is { Count: > 0 } given ? given : DefaultFields;
        var fields = new List<FieldDefinition>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var field = builder.Catalogue.Find(name)
                ?? throw new InvalidQueryException("fields", $"Argument 'fields': unknown field '{name}'.");
            if (!field.Facetable)
            {
                throw new InvalidQueryException("fields",
                    $"Argument 'fields': {name} cannot be counted by value (see the query `fields`).");
            }
            fields.Add(field);
        }
        return fields;
    }

    /// <summary>
    /// The reference: the caller's search-box text, within the group's window unless it names dates of its own; by
    /// default every crash of the group's products in the group's window.
    /// </summary>
    CrashQuestion ReferenceQuestion(
        CorrelationRequest request, CrashQuery group, CrashSearchResult groupResult, List<Aggregation> terms)
    {
        var question = new CrashQuestion
        {
            Size = 0,
            Aggregations = terms,
            From = group.From,
            To = group.To,
            Parameters = new ParameterNames { Search = "reference" },
        };
        if (!string.IsNullOrWhiteSpace(request.Reference))
        {
            var ownDates = _searchBox.Parse(request.Reference, "reference").DateRanges.Count > 0;
            return ownDates
                ? question with { Search = [request.Reference], From = null, To = null }
                : question with { Search = [request.Reference] };
        }
        var products = groupResult.Aggregations.Single(a => a.Name == ProductsAggregation).Buckets;
        if (products.Count == 0)
            return question;
        return question with
        {
            Filters = [new AnyOf([.. products.Select(p =>
                (QueryNode)new FieldPredicate(Product, PredicateOperator.Exact, (string)p.Key))])],
        };
    }

    /// <summary>The counts of <paramref name="values"/> of a string field in one set, by one search.</summary>
    async Task<IReadOnlyList<AggregationBucket>> Recount(
        CrashQuery group, CrashQuery reference, CorrelationSide side, IReadOnlyList<string> values,
        FieldDefinition field,
        CancellationToken cancellationToken)
    {
        var basis = side == CorrelationSide.Group ? group : reference;
        QueryNode only = new AnyOf([.. values.Select(v => (QueryNode)new FieldPredicate(field.Name,
            PredicateOperator.Exact, v))]);
        var query = basis with
        {
            Filter = basis.Filter is null ? only : new AllOf([basis.Filter, only]),
            Aggregations = [new TermsAggregation(field.Name, field.Name, values.Count, [])],
        };
        var result = await index.SearchAsync(query, cancellationToken);
        return result.Aggregations[0].Buckets;
    }

    static IEnumerable<Correlation> Score(
        FieldDefinition field, IEnumerable<(object Key, long Group, long Reference)> counts, long groupTotal,
        long referenceTotal, AnalysisOptions settings)
    {
        foreach (var (key, inGroup, inReference) in counts)
        {
            if (inGroup + inReference < settings.CorrelationMinCount)
                continue;
            yield return new Correlation(field.Name, ValueText.Text(key), inGroup,
                Percent(inGroup, groupTotal), inReference, Percent(inReference, referenceTotal),
                Math.Round(CorrelationScore.Z(inGroup, groupTotal, inReference, referenceTotal), 3));
        }
    }

    static double Percent(long count, long total) => total == 0 ? 0 : Math.Round(100.0 * count / total, 2);
}
