using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.SearchBox;

namespace CrashSearch.Indexer.Queries.Building;

/// <summary>
/// The one way from a question to a <see cref="CrashQuery"/>, for every door (GraphQL, SuperSearch) and for work
/// that runs without a request (alert evaluation): parses the search-box text, resolves the time window, enforces
/// <see cref="SearchLimits"/>, orders the filter canonically and applies the caller's rights. Thread-safe; build
/// one per catalogue and limits.
/// </summary>
public sealed class CrashQueryBuilder
{
    /// <summary>More days than from <see cref="DateTimeOffset.MinValue"/> to <see cref="DateTimeOffset.MaxValue"/>.
    /// </summary>
    const int UnboundedWindowDays = 4_000_000;

    readonly FieldCatalogue _catalogue;
    readonly SearchBoxParser _searchBox;
    readonly FieldDefinition _date;
    readonly Dictionary<string, int> _order;

    /// <summary>
    /// A builder over <paramref name="catalogue"/> that keeps every query within <paramref name="limits"/>.
    /// </summary>
    public CrashQueryBuilder(FieldCatalogue catalogue, SearchLimits limits)
    {
        _catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        Limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _searchBox = new SearchBoxParser(catalogue, limits);
        _date = catalogue["date"];
        _order = catalogue.Fields.Select((f, i) => (f.Name, i))
            .ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The fields questions are about.</summary>
    public FieldCatalogue Catalogue => _catalogue;

    /// <summary>The limits every built query stays within.</summary>
    public SearchLimits Limits { get; }

    /// <summary>
    /// Builds the query that answers <paramref name="question"/> for a caller with <paramref name="rights"/>.
    /// </summary>
    /// <param name="question">What is asked.</param>
    /// <param name="rights">
    /// What the caller may read; without the right, protected references are withheld and reported.
    /// </param>
    /// <param name="now">The current time, which ends a window that gives no upper bound.</param>
    /// <exception cref="InvalidQueryException">
    /// A part is invalid or beyond a limit; the message names its parameter.
    /// </exception>
    public BuiltQuery Build(CrashQuestion question, SearchRights rights, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(rights);
        var names = question.Parameters;
        var parts = new List<(int Order, QueryNode Node)>(question.Filters.Count + question.Search.Count + 2);
        foreach (var filter in question.Filters)
            parts.Add((OrderOf(filter), filter));
        var ranges = new List<FieldPredicate>(question.DateRanges);
        foreach (var text in question.Search)
        {
            var parsed = _searchBox.Parse(text, names.Search);
            ranges.AddRange(parsed.DateRanges);
            if (parsed.Filter is { } filter)
                parts.Add((_order[_date.Name], filter));
        }
        var window = Window(question, ranges, now);
        foreach (var edge in window.Edges)
            parts.Add((_order[_date.Name], edge));
        CheckPage(question, names);
        CheckAggregations(question.Aggregations, "", window, names);
        var query = new CrashQuery
        {
            Filter = Combine(parts),
            From = window.From,
            To = window.To,
            Sort = question.Sort,
            Size = question.Size,
            Offset = question.Offset,
            After = question.After,
            Columns = question.Columns,
            IncludeFrames = question.IncludeFrames,
            Indexed = question.Indexed,
            Aggregations = question.Aggregations,
            CanReadProtected = rights.CanReadProtected,
        };
        if (rights.CanReadProtected)
            return new BuiltQuery(query, []);
        var (redacted, withheld) = ProtectedFieldRedactor.Redact(query, _catalogue);
        return new BuiltQuery(redacted, withheld);
    }

    TimeWindow Window(CrashQuestion question, List<FieldPredicate> ranges, DateTimeOffset now)
    {
        if (question.From is { } from)
            ranges.Add(new FieldPredicate(_date.Name, PredicateOperator.GreaterOrEqual, from));
        if (question.To is { } to)
            ranges.Add(new FieldPredicate(_date.Name, PredicateOperator.LessThan, to));
        var parameter = question.Parameters.Window
            ?? (question.From is not null ? "from" : question.To is not null ? "to" : question.Parameters.Search);
        if (question.Indexed is null)
            return TimeWindow.FromRanges(_date, ranges, Limits.DefaultWindowDays, Limits.MaxWindowDays, now, parameter);
        // Asking by indexing time: whatever bound is not given stays open, so a backfilled crash is not missed.
        if (!ranges.Any(r => r.Operator is PredicateOperator.GreaterThan or PredicateOperator.GreaterOrEqual))
            ranges.Add(new FieldPredicate(_date.Name, PredicateOperator.GreaterOrEqual, DateTimeOffset.MinValue));
        if (!ranges.Any(r => r.Operator is PredicateOperator.LessThan or PredicateOperator.LessOrEqual))
            ranges.Add(new FieldPredicate(_date.Name, PredicateOperator.LessThan, DateTimeOffset.MaxValue));
        return TimeWindow.FromRanges(_date, ranges, Limits.DefaultWindowDays, UnboundedWindowDays, now, parameter);
    }

    void CheckPage(CrashQuestion question, ParameterNames names)
    {
        var (size, offset) = (question.Size, question.Offset);
        if (size < 0 || size > Limits.MaxPageSize)
            throw QueryErrors.Invalid(names.Size, $"must be from 0 to {Limits.MaxPageSize}, got {size}.");
        if (offset < 0)
            throw QueryErrors.Invalid(names.Offset, $"must be 0 or more, got {offset}.");
        if ((long)offset + size > Limits.MaxResultWindow)
            throw QueryErrors.Invalid(names.Offset,
                $"{names.Offset} + {names.Size} ({offset} + {size}) exceeds {Limits.MaxResultWindow}; "
                + "page deeper with cursors (GraphQL's after).");
    }

    void CheckAggregations(
        IReadOnlyList<Aggregation> aggregations, string path, TimeWindow window, ParameterNames names)
    {
        foreach (var aggregation in aggregations)
        {
            var at = path.Length == 0 ? aggregation.Name : $"{path}.{aggregation.Name}";
            switch (aggregation)
            {
                case TermsAggregation terms:
                    if (terms.Size < 1 || terms.Size > Limits.MaxFacetSize)
                    {
                        throw QueryErrors.Invalid(names.FacetSize ?? at + ".size",
                            $"must be from 1 to {Limits.MaxFacetSize}, got {terms.Size}.");
                    }
                    CheckAggregations(terms.Children, at, window, names);
                    break;
                case HistogramAggregation histogram:
                    var field = _catalogue[histogram.Field];
                    var parameter = names.HistogramIntervalPrefix is { } prefix
                        ? prefix + field.Name
                        : at + ".interval";
                    HistogramIntervalParser.CheckBuckets(
                        field, histogram.Interval, window.Length, Limits.MaxHistogramBuckets, parameter);
                    CheckAggregations(histogram.Children, at, window, names);
                    break;
            }
        }
    }

    /// <summary>
    /// The filters ANDed, ordered by the catalogue position of the field each is about (the search box and the
    /// window count as <c>date</c>), so that the same question in any order gives the same tree.
    /// </summary>
    static QueryNode? Combine(List<(int Order, QueryNode Node)> parts)
    {
        if (parts.Count == 0)
            return null;
        var ordered = new List<QueryNode>(parts.Count);
        foreach (var (_, node) in parts.OrderBy(p => p.Order))
        {
            if (node is AllOf all)
                ordered.AddRange(all.Children);
            else
                ordered.Add(node);
        }
        return ordered.Count == 1 ? ordered[0] : new AllOf(ordered);
    }

    int OrderOf(QueryNode node) =>
        LeadingField(node) is { } field && _order.TryGetValue(field, out var order) ? order : _order[_date.Name];

    static string? LeadingField(QueryNode node) => node switch
    {
        FieldPredicate predicate => predicate.Field,
        Not not => LeadingField(not.Child),
        AllOf all => all.Children.Count > 0 ? LeadingField(all.Children[0]) : null,
        AnyOf any => any.Children.Count > 0 ? LeadingField(any.Children[0]) : null,
        _ => null,
    };
}
