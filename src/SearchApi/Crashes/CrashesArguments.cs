using CrashSearch.Indexer.Queries;
using GraphQL;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The arguments of the <c>crashes</c> field.</summary>
internal sealed record CrashesArguments(
    string? Search,
    IReadOnlyList<FieldFilter> Filters,
    DateTimeOffset? From,
    DateTimeOffset? To,
    IReadOnlyList<SortField> Sort,
    int First,
    string? After)
{
    public const int DefaultFirst = 20;

    public static CrashesArguments Read(IResolveFieldContext context) => new(
        context.GetArgument<string?>("search"),
        ListOf<FieldFilter>(context, "filters"),
        context.GetArgument<DateTimeOffset?>("from"),
        context.GetArgument<DateTimeOffset?>("to"),
        ListOf<SortField>(context, "sort"),
        context.GetArgument<int?>("first") ?? DefaultFirst,
        context.GetArgument<string?>("after"));

    // The input types parse themselves into these records, so the values only need collecting.
    static List<T> ListOf<T>(IResolveFieldContext context, string name) =>
        context.Arguments?.TryGetValue(name, out var argument) == true && argument.Value is IEnumerable<object?> items
            ? items.OfType<T>().ToList()
            : [];
}
