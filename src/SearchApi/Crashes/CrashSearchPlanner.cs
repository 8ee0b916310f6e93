using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SuperSearch;
using CrashSearch.SearchApi.GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>Builds the engine-neutral query of a <c>crashes</c> field from its arguments and its selection.</summary>
internal static class CrashSearchPlanner
{
    public static CrashSearchPlan Plan(
        CrashesArguments arguments, QueryNode? search, CrashSelection selection, TimeWindow window, FieldCatalogue catalogue, GraphQLOptions limits)
    {
        if (arguments.First < 0 || arguments.First > limits.MaxPageSize)
            throw CrashErrors.BadQuery("first", $"must be from 0 to {limits.MaxPageSize}, got {arguments.First}.");
        var sort = CheckSort(arguments.Sort, catalogue);
        var sortKey = CrashCursor.SortKey(sort);
        var query = new CrashQuery
        {
            Filter = CrashFilterTranslator.Translate(search, arguments.Filters, window.Edges, catalogue, limits),
            From = window.From,
            To = window.To,
            Sort = sort,
            Size = selection.NeedsHits ? arguments.First + 1 : 0,
            After = arguments.After is { } after ? CrashCursor.Decode(after, sortKey) : null,
            Columns = Columns(selection),
            IncludeFrames = selection.IncludeFrames,
            Aggregations = selection.Aggregations,
        };
        return new CrashSearchPlan(query, sortKey, arguments.First);
    }

    /// <summary>The query of a single crash by uuid, over the longest window allowed.</summary>
    public static CrashQuery ForUuid(string uuid, CrashSelection selection, DateTimeOffset now, GraphQLOptions limits)
    {
        // A little past now, so that a crash processed by a machine whose clock runs ahead is still found.
        var to = now.AddDays(1);
        return new CrashQuery
        {
            Filter = new FieldPredicate("uuid", PredicateOperator.Exact, uuid),
            From = to.AddDays(-limits.MaxWindowDays),
            To = to,
            Size = 1,
            Columns = Columns(selection),
            IncludeFrames = selection.IncludeFrames,
        };
    }

    static List<SortField> CheckSort(IReadOnlyList<SortField> sort, FieldCatalogue catalogue)
    {
        for (var i = 0; i < sort.Count; i++)
        {
            if (catalogue.Find(sort[i].Field) is not { Sortable: true })
                throw CrashErrors.BadQuery($"sort[{i}].field", $"{sort[i].Field} is not sortable (see the query `fields`).");
        }
        return [.. sort];
    }

    static List<string> Columns(CrashSelection selection) =>
        ["uuid", .. selection.Columns.Where(c => !string.Equals(c, "uuid", StringComparison.Ordinal))];
}
