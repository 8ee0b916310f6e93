using CrashSearch.Indexer;
using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;

namespace CrashSearch.SearchApi.Visibility;

/// <summary>
/// How the visibility reports ask the index: every question goes through the shared <see cref="CrashQueryBuilder"/>
/// (limits, the caller's rights) and is answered by <see cref="ICrashIndex"/>, so the reports stay engine-neutral.
/// </summary>
internal sealed class VisibilitySearch(ICrashIndex index, CrashQueryBuilder builder, TimeProvider time)
{
    public CrashQueryBuilder Builder => builder;

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<CrashSearchResult> SearchAsync(
        CrashQuestion question, SearchRights rights, CancellationToken cancellationToken) =>
        await index.SearchAsync(builder.Build(question, rights, Now).Query, cancellationToken);

    /// <summary>The filter on the product a report is about; an error naming <c>product</c> when none is given.
    /// </summary>
    public static FieldPredicate Product(string? product) => string.IsNullOrWhiteSpace(product)
        ? throw new InvalidQueryException("product", "'product' is required, e.g. Firefox.")
        : new FieldPredicate("product", PredicateOperator.Exact, product);

    /// <summary>A filter on one value of a field, or null when no value is given (the filter is left out).</summary>
    public static FieldPredicate? Exact(string field, string? value) =>
        string.IsNullOrEmpty(value) ? null : new FieldPredicate(field, PredicateOperator.Exact, value);

    /// <summary>Crashes whose <paramref name="field"/> is one of <paramref name="values"/>.</summary>
    public static AnyOf AnyOf(string field, IEnumerable<string> values) =>
        new([.. values.Select(v => (QueryNode)new FieldPredicate(field, PredicateOperator.Exact, v))]);

    /// <summary>The count of each term of a terms aggregation, keyed by the term as text.</summary>
    public static Dictionary<string, long> Counts(AggregationResult terms) =>
        terms.Buckets.ToDictionary(b => Term(b.Key), b => b.Count, StringComparer.Ordinal);

    /// <summary>A bucket's key as text (terms of number fields are numbers, of booleans booleans).</summary>
    public static string Term(object key) => key switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => key.ToString() ?? "",
    };
}
