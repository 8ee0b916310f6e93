using CrashSearch.Indexer;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.SearchApi.GraphQL;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The crash fields of the root query: <c>crashes</c>, <c>crash</c> and <c>fields</c>.</summary>
internal static class CrashQueryFields
{
    public static void AddTo(ObjectGraphType query, SearchLimits limits)
    {
        query.Field<NonNullGraphType<CrashConnectionType>>("crashes")
            .Description("Crashes in a time window (default: the last 7 days), filtered, sorted and paged, with "
                + "aggregations over every match. One search answers the whole field, whatever its selection asks for.")
            .Argument<StringGraphType>("search", "Search-box syntax: `field:value` with operator prefixes "
                + "(`signature:~OOM`, `build_id:>=20261101000000`, `url:__null__`), `function[5]:js::gc::*` for the "
                + "top 5 frames, quotes, AND, OR, NOT or -, "
                + "parentheses; bare words are free text (every word must occur in one of the default text fields). "
                + "Top-level `date:` ranges set the time window with `from` and `to`.")
            .Argument<ListGraphType<NonNullGraphType<FieldFilterInputType>>>(
                "filters", "Field filters; all must match.")
            .Argument<InstantGraphType>("from",
                $"Start of the window on date, inclusive. Default: `to` minus {limits.DefaultWindowDays} days.")
            .Argument<InstantGraphType>("to",
                $"End of the window on date, exclusive. Default: now. At most {limits.MaxWindowDays} days after "
                + "`from`.")
            .WithPageArguments(limits)
            .ResolveAsync(context => CrashesResolver.ResolveAsync(context, context.Service<ICrashIndex>(),
                context.Service<CrashQueryBuilder>(), context.Service<TimeProvider>(), context.CancellationToken));
        query.Field<CrashType>("crash")
            .Description(
                $"One crash by uuid, searched over the last {limits.MaxWindowDays} days; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("uuid", "The crash id.")
            .ResolveAsync(context => CrashResolver.ResolveAsync(context, context.Service<ICrashIndex>(),
                context.Service<CrashQueryBuilder>(), context.Service<TimeProvider>(), context.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldInfoType>>>>("fields")
            .Description("The field catalogue: what can be filtered, sorted, faceted and returned.")
            .Resolve(context => context.Service<FieldCatalogue>().Fields);
    }

    /// <summary>
    /// The sort and paging arguments of <c>crashes</c>, for every field that answers a CrashConnection.
    /// </summary>
    public static FieldBuilder<TSource, object> WithPageArguments<TSource>(
        this FieldBuilder<TSource, object> field, SearchLimits limits) => field
            .Argument<ListGraphType<NonNullGraphType<SortInputType>>>("sort",
                "Sort keys; default newest first. The uuid breaks ties.")
            .Argument<IntGraphType>("first",
                $"Page size, 0 to {limits.MaxPageSize}; 0 returns only counts and aggregations.", argument =>
            {
                argument.DefaultValue = CrashesArguments.DefaultFirst;
                // Checked here, not only in the resolver: the complexity analyzer reads first before any resolver
                // runs.
                argument.Validate(value =>
                {
                    if (value is int first && (first < 0 || first > limits.MaxPageSize))
                    {
                        throw new ArgumentException(
                            $"'first' must be from 0 to {limits.MaxPageSize}, got {first}.");
                    }
                });
            })
            .Argument<StringGraphType>("after",
                "Continue after this cursor (pageInfo.endCursor of the previous page, same sort).");
}
