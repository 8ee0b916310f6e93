namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>The result of parsing SuperSearch parameters.</summary>
/// <param name="Query">The query to run; protected references are already removed for callers without the permission.</param>
/// <param name="Errors">
/// Non-fatal problems to report in the response's <c>errors</c>: ignored unknown parameters, removed protected
/// fields, unused options. Messages name fields and parameters, never values.
/// </param>
/// <param name="Facets">
/// Names of the top-level aggregations in request order, as keys of the response's <c>facets</c>: a field name
/// for terms, <c>histogram_&lt;field&gt;</c>, <c>cardinality_&lt;field&gt;</c>.
/// </param>
public sealed record ParsedSuperSearch(CrashQuery Query, IReadOnlyList<string> Errors, IReadOnlyList<string> Facets)
{
    /// <summary>
    /// Whether the caller asked for the query rather than its results (Socorro's <c>_return_query</c>): the query is
    /// described, not run.
    /// </summary>
    public bool ReturnQuery { get; init; }

    /// <summary>
    /// The filter as one canonical line, e.g. <c>AND(Match(product, "Firefox"), NOT(Match(version, "1.0")))</c>;
    /// <c>ALL</c> when nothing filters. Protected references are already gone for a caller without the permission.
    /// </summary>
    public string FilterText => Building.QueryNodeText.Format(Query.Filter);
}
