using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>
/// Parses Socorro SuperSearch parameters (<c>product=Firefox&amp;signature=~OOM&amp;_facets=platform</c>) into a
/// <see cref="CrashQuery"/>, following docs/query-semantics.md: operator prefixes per field type, combining rules,
/// the time window, paging limits, columns, sort and the aggregation parameters. Protected fields are removed,
/// and reported, for callers without the read-protected permission. Thread-safe.
/// </summary>
/// <param name="catalogue">The fields that can be searched.</param>
/// <param name="limits">The bounds requests must stay within.</param>
public sealed class SuperSearchParser(FieldCatalogue catalogue, SuperSearchLimits limits)
{
    readonly FieldCatalogue _catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
    readonly SuperSearchLimits _limits = limits ?? throw new ArgumentNullException(nameof(limits));

    /// <summary>Parses one request.</summary>
    /// <param name="parameters">Parameters in request order; a name may repeat.</param>
    /// <param name="canReadProtected">Whether the caller may use and see protected fields.</param>
    /// <param name="now">The current time, which anchors the default time window.</param>
    /// <exception cref="InvalidQueryException">A parameter is invalid; the message names it.</exception>
    public ParsedSuperSearch Parse(IEnumerable<KeyValuePair<string, string>> parameters, bool canReadProtected, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var request = new SuperSearchRequest(_catalogue, _limits, canReadProtected);
        request.Read(new SuperSearchParameters(parameters), now);
        var query = request.Build();
        var errors = request.Errors;
        if (!canReadProtected)
        {
            var (redacted, removed) = ProtectedFieldRedactor.Redact(query, _catalogue);
            query = redacted;
            errors.AddRange(removed);
        }
        var facets = query.Aggregations.Select(a => a.Name).ToList();
        return new ParsedSuperSearch(query, errors.Distinct(StringComparer.Ordinal).ToList(), facets);
    }
}
