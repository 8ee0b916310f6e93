using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.Indexer.Queries.SuperSearch;

/// <summary>
/// Parses Socorro SuperSearch parameters (<c>product=Firefox&amp;signature=~OOM&amp;_facets=platform</c>) into a
/// <see cref="CrashQuery"/>, following docs/query-semantics.md: operator prefixes per field type, combining rules,
/// columns, sort and the aggregation parameters, into a <see cref="CrashQuestion"/> that
/// <see cref="CrashQueryBuilder"/> turns into the query (time window, limits, search box). Protected fields are
/// removed, and reported, for callers without the read-protected permission. Thread-safe.
/// </summary>
/// <param name="builder">Builds the query, over its catalogue and within its limits.</param>
public sealed class SuperSearchParser(CrashQueryBuilder builder)
{
    readonly CrashQueryBuilder _builder = builder ?? throw new ArgumentNullException(nameof(builder));

    /// <summary>Parses one request.</summary>
    /// <param name="parameters">Parameters in request order; a name may repeat.</param>
    /// <param name="canReadProtected">Whether the caller may use and see protected fields.</param>
    /// <param name="now">The current time, which anchors the default time window.</param>
    /// <exception cref="InvalidQueryException">A parameter is invalid; the message names it.</exception>
    public ParsedSuperSearch Parse(
        IEnumerable<KeyValuePair<string, string>> parameters, bool canReadProtected, DateTimeOffset now) =>
        Parse(parameters, canReadProtected, now, basis: null);

    /// <summary>
    /// Parses one request that narrows <paramref name="basis"/> (a saved search run with <c>_saved</c>).
    /// </summary>
    /// <param name="parameters">Parameters in request order; a name may repeat.</param>
    /// <param name="canReadProtected">Whether the caller may use and see protected fields.</param>
    /// <param name="now">The current time, which anchors the default time window.</param>
    /// <param name="basis">
    /// When given, its search texts, filters, date ranges and window (<see cref="CrashQuestion.From"/>,
    /// <see cref="CrashQuestion.To"/>) are ANDed with the parameters' (the tightest bounds win); its other parts
    /// are ignored. Its protected references are withheld, as the parameters' are, for a caller without the right.
    /// </param>
    /// <exception cref="InvalidQueryException">
    /// A parameter, or a part of the basis, is invalid; the message names it.
    /// </exception>
    public ParsedSuperSearch Parse(
        IEnumerable<KeyValuePair<string, string>> parameters,
        bool canReadProtected,
        DateTimeOffset now,
        CrashQuestion? basis)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var request = new SuperSearchRequest(_builder.Catalogue, _builder.Limits, canReadProtected);
        var question = request.Read(new SuperSearchParameters(parameters));
        if (basis is not null)
        {
            question = question with
            {
                Search = [.. basis.Search, .. question.Search],
                Filters = [.. basis.Filters, .. question.Filters],
                DateRanges = [.. basis.DateRanges, .. question.DateRanges],
                From = basis.From,
                To = basis.To,
            };
        }
        var (query, withheld) = _builder.Build(question, new SearchRights(canReadProtected), now);
        var errors = request.Errors;
        errors.AddRange(withheld);
        var facets = query.Aggregations.Select(a => a.Name).ToList();
        return new ParsedSuperSearch(query, errors.Distinct(StringComparer.Ordinal).ToList(), facets);
    }
}
