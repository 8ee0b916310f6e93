using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SuperSearch;

namespace CrashSearch.Conformance.Tests.Support;

/// <summary>A parsed SuperSearch request and the index's answer to it.</summary>
public sealed record SuperSearchAnswer(ParsedSuperSearch Parsed, CrashSearchResult Result)
{
    public string[] Uuids => [.. Result.Hits.Select(h => h.Uuid)];

    public long Total => Result.Total;

    /// <summary>Errors of the parser and of the index, as the response's <c>errors</c> lists them.</summary>
    public IReadOnlyList<string> Errors => [.. Parsed.Errors, .. Result.Errors];

    /// <summary>The top-level aggregation called <paramref name="name"/> (a field, <c>histogram_f</c>, <c>cardinality_f</c>).</summary>
    public AggregationResult Facet(string name) =>
        Result.Aggregations.SingleOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No facet '{name}' in [{string.Join(", ", Result.Aggregations.Select(a => a.Name))}].");

    /// <summary>The buckets of a facet as text, see <see cref="BucketText"/>.</summary>
    public string[] Buckets(string name) => BucketText.Format(Facet(name));
}
