using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// Turns a <c>crashes</c> or <c>crash</c> field's arguments and selection into a <see cref="CrashQuestion"/> and has
/// <see cref="CrashQueryBuilder"/> build it, as every door does.
/// </summary>
internal static class CrashSearchPlanner
{
    /// <summary>GraphQL's names of a question's parts; the window is <c>from</c>, <c>to</c> or <c>search</c>.</summary>
    static readonly ParameterNames Parameters = new() { Search = "search", Size = "first" };

    public static (CrashSearchPlan Plan, IReadOnlyList<string> Withheld) Plan(
        CrashesArguments arguments,
        CrashSelection selection,
        CrashQueryBuilder builder,
        SearchRights rights,
        DateTimeOffset now)
    {
        var sort = CheckSort(arguments.Sort, builder.Catalogue);
        var sortKey = CrashCursor.SortKey(sort);
        var question = new CrashQuestion
        {
            Search = arguments.Search is { } search ? [search] : [],
            Filters = CrashFilterTranslator.Translate(arguments.Filters, builder.Catalogue, builder.Limits),
            From = arguments.From,
            To = arguments.To,
            Sort = sort,
            Size = selection.NeedsHits ? arguments.First : 0,
            After = arguments.After is { } after ? CrashCursor.Decode(after, sortKey) : null,
            Columns = Columns(selection),
            IncludeFrames = selection.IncludeFrames,
            Aggregations = selection.Aggregations,
            Parameters = Parameters,
        };
        var (query, withheld) = builder.Build(question, rights, now);
        // One hit more than the page, to learn whether a next page exists.
        if (selection.NeedsHits)
            query = query with { Size = arguments.First + 1 };
        return (new CrashSearchPlan(query, sortKey, arguments.First), withheld);
    }

    /// <summary>The query of a single crash by uuid, over the longest window allowed.</summary>
    public static BuiltQuery ForUuid(
        string uuid, CrashSelection selection, CrashQueryBuilder builder, SearchRights rights, DateTimeOffset now)
    {
        // A little past now, so that a crash processed by a machine whose clock runs ahead is still found.
        var to = now.AddDays(1);
        var question = new CrashQuestion
        {
            Filters = [new FieldPredicate("uuid", PredicateOperator.Exact, uuid)],
            From = to.AddDays(-builder.Limits.MaxWindowDays),
            To = to,
            Size = 1,
            Columns = Columns(selection),
            IncludeFrames = selection.IncludeFrames,
            Parameters = Parameters,
        };
        return builder.Build(question, rights, now);
    }

    static List<SortField> CheckSort(IReadOnlyList<SortField> sort, FieldCatalogue catalogue)
    {
        for (var i = 0; i < sort.Count; i++)
        {
            if (catalogue.Find(sort[i].Field) is not { Sortable: true })
            {
                throw CrashErrors.BadQuery($"sort[{i}].field",
                    $"{sort[i].Field} is not sortable (see the query `fields`).");
            }
        }
        return [.. sort];
    }

    static List<string> Columns(CrashSelection selection) =>
        ["uuid", .. selection.Columns.Where(c => !string.Equals(c, "uuid", StringComparison.Ordinal))];
}
