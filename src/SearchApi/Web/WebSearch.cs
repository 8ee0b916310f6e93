using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.Crashes;
using GraphQL;

namespace CrashSearch.SearchApi.Web;

/// <summary>
/// Runs the search page's one search through the planner the GraphQL <c>crashes</c> field uses, so the page finds
/// exactly what the API finds for the same text, window and rights.
/// </summary>
internal sealed class WebSearch(ICrashIndex index, CrashQueryBuilder builder, TimeProvider time)
{
    const string FacetPrefix = "facet:";
    const string DistinctPrefix = "distinct:";
    const string HistogramName = "histogram";
    const int FacetSize = 10;

    public async Task<SearchView> SearchAsync(
        SearchState state, WebCaller caller, SearchRights rights, CancellationToken cancellationToken,
        int facetSize = FacetSize)
    {
        var catalogue = builder.Catalogue;
        var now = time.GetUtcNow();
        var preset = state.WindowPreset;
        var notes = new List<string>();
        var columns = Known(state.Columns, f => f.Returnable, "column", notes);
        var facets = Known(state.Facets, f => f.Facetable, "facet", notes);
        var view = new SearchView(state, caller)
        {
            Columns = columns,
            FieldNames = [.. catalogue.Fields.Where(f => rights.CanReadProtected || !f.Protected).Select(f => f.Name)],
            Sortable = catalogue.Fields.Where(f => f.Sortable).Select(f => f.Name).ToHashSet(StringComparer.Ordinal),
            From = now - preset.Length,
            To = now,
        };
        List<Aggregation> aggregations =
        [
            new HistogramAggregation(HistogramName, "date", new HistogramInterval { Span = preset.Bar }, []),
            .. facets.Select(f => (Aggregation)new TermsAggregation(FacetPrefix + f, f, facetSize, [])),
            .. facets.Select(f => (Aggregation)new CardinalityAggregation(DistinctPrefix + f, f)),
        ];
        var sort = state.Sort.Length == 0
            ? []
            : new List<SortField> { new(state.Sort.TrimStart('-'), state.Sort.StartsWith('-')) };
        var arguments = new CrashesArguments(
            state.Q, [], now - preset.Length, null, sort, state.Size, state.After);
        var selection = new CrashSelection(columns, IncludeFrames: false, NeedsHits: true, aggregations);
        try
        {
            var (plan, withheld) = CrashSearchPlanner.Plan(arguments, selection, builder, rights, now);
            var result = await index.SearchAsync(plan.Query, cancellationToken);
            var connection = CrashConnection.From(result, plan, withheld);
            var byName = result.Aggregations.ToDictionary(a => a.Name, StringComparer.Ordinal);
            return view with
            {
                Total = connection.TotalCount,
                Hits = [.. connection.Edges.Select(e => e.Node)],
                NextCursor = connection.PageInfo.HasNextPage ? connection.PageInfo.EndCursor : null,
                Histogram = byName.GetValueOrDefault(HistogramName),
                Facets = [.. facets.Select(f => byName.GetValueOrDefault(FacetPrefix + f)).OfType<AggregationResult>()],
                Distinct = facets.Where(f => byName.ContainsKey(DistinctPrefix + f))
                    .ToDictionary(f => f, f => byName[DistinctPrefix + f], StringComparer.Ordinal),
                Notes = [.. notes, .. connection.Errors],
            };
        }
        catch (InvalidQueryException e)
        {
            return view with { Error = new SearchError(e.Message, e.Position), Notes = notes };
        }
        catch (ExecutionError e)
        {
            // A cursor from another sort, or not a cursor at all: say so, and offer the first page.
            return view with { Error = new SearchError("Parameter 'after': " + e.Message, null), Notes = notes };
        }
    }

    List<string> Known(
        IReadOnlyList<string> names, Func<Indexer.Fields.FieldDefinition, bool> usable, string what, List<string> notes)
    {
        var known = new List<string>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (builder.Catalogue.Find(name) is { } field && usable(field))
                known.Add(name);
            else
                notes.Add($"'{name}' is not a field that can be a {what}; it was left out (see docs/fields.md).");
        }
        return known;
    }
}
