using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.SuperSearch;
using CrashSearch.SearchApi.GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// The time window of a <c>crashes</c> field, by the rules every front door shares (<see cref="TimeWindow"/>):
/// <c>from</c> (inclusive), <c>to</c> (exclusive) and the search text's top-level date ranges; by default the last
/// <see cref="GraphQLOptions.DefaultWindowDays"/> days, at most <see cref="GraphQLOptions.MaxWindowDays"/> long.
/// </summary>
internal static class CrashTimeWindow
{
    public static TimeWindow Resolve(CrashesArguments arguments, IReadOnlyList<FieldPredicate> searchRanges, DateTimeOffset now, FieldCatalogue catalogue, GraphQLOptions limits)
    {
        var date = catalogue["date"];
        var ranges = new List<FieldPredicate>(searchRanges);
        if (arguments.From is { } from)
            ranges.Add(new FieldPredicate(date.Name, PredicateOperator.GreaterOrEqual, from));
        if (arguments.To is { } to)
            ranges.Add(new FieldPredicate(date.Name, PredicateOperator.LessThan, to));
        var argument = arguments.From is not null ? "from" : arguments.To is not null ? "to" : SearchArgument.Name;
        try
        {
            return TimeWindow.FromRanges(date, ranges, limits.DefaultWindowDays, limits.MaxWindowDays, now, argument);
        }
        catch (InvalidQueryException e)
        {
            throw CrashErrors.BadQuery(e.Message);
        }
    }
}
