using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>HistogramBucket</c> type: an interval's start, its count, and aggregations within it.</summary>
internal sealed class HistogramBucketType : ObjectGraphType<AggregationBucket>
{
    public HistogramBucketType(IOptions<SearchLimits> options)
    {
        Name = "HistogramBucket";
        Description = "One interval of a histogram with the number of matching crashes in it.";
        Field<NonNullGraphType<TermGraphType>>("key").Description("Start of the interval: an ISO 8601 instant for dates, a number for numbers.").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<LongGraphType>>("count").Description("Matching crashes in the interval.").Resolve(context => context.Source.Count);
        AggregationFields.AddTo(this, bucket => bucket.Children, options.Value);
    }
}
