using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using GraphQL;
using GraphQL.Types;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>
/// The <c>facet</c>, <c>histogram</c> and <c>distinct</c> fields, on the connection and on every bucket. They only
/// read results: the <c>crashes</c> resolver computed them in its one search, named by response key.
/// </summary>
internal static class AggregationFields
{
    public static void AddTo<TSource>(
        ObjectGraphType<TSource> type, Func<TSource, IReadOnlyList<AggregationResult>> results, SearchLimits limits)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetBucketType>>>>(AggregationReader.Facet)
            .Description("Top terms of a facetable field over every matching crash (not only this page), by count then term.")
            .Argument<NonNullGraphType<CrashFieldEnumType>>("field", "A facetable field.")
            .Argument<IntGraphType>("size", "How many terms, 1 to the server's limit.", argument =>
            {
                argument.DefaultValue = AggregationReader.DefaultFacetSize;
                argument.Validate(value => RequireRange(value, "size", 1, limits.MaxFacetSize));
            })
            .Resolve(context => Find(results(context.Source), context)?.Buckets ?? []);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistogramBucketType>>>>(AggregationReader.Histogram)
            .Description("Counts per interval of a date or number field, ascending, empty buckets omitted.")
            .Argument<NonNullGraphType<CrashFieldEnumType>>("field", "A date or number field.")
            .Argument<NonNullGraphType<StringGraphType>>("interval",
                "Dates: hour, day, week, month, year, or a span such as 30m, 6h, 2d (UTC). Numbers: a positive width.")
            .Resolve(context => Find(results(context.Source), context)?.Buckets ?? []);
        type.Field<LongGraphType>(AggregationReader.Distinct)
            .Description("The number of distinct values of a facetable field (exact on the embedded index); null when the field was withheld.")
            .Argument<NonNullGraphType<CrashFieldEnumType>>("field", "A facetable field.")
            .Resolve(context => Find(results(context.Source), context)?.Value);
    }

    static AggregationResult? Find(IReadOnlyList<AggregationResult> results, IResolveFieldContext context)
    {
        var key = (context.FieldAst.Alias?.Name ?? context.FieldAst.Name).StringValue;
        return results.FirstOrDefault(r => string.Equals(r.Name, key, StringComparison.Ordinal));
    }

    static void RequireRange(object? value, string name, int min, int max)
    {
        if (value is int number && (number < min || number > max))
            throw new ArgumentException($"'{name}' must be from {min} to {max}, got {number}.");
    }
}
