using CrashSearch.Indexer.Queries;
using CrashSearch.Indexer.Queries.Building;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CrashSearch.SearchApi.Crashes;

/// <summary>The <c>FacetBucket</c> type: a term, its count, and aggregations within it.</summary>
internal sealed class FacetBucketType : ObjectGraphType<AggregationBucket>
{
    public FacetBucketType(IOptions<SearchLimits> options)
    {
        Name = "FacetBucket";
        Description = "A term of a facet with the number of matching crashes that have it.";
        Field<NonNullGraphType<TermGraphType>>("term").Description("The term, typed as the field.").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<LongGraphType>>("count").Description("Matching crashes with this term.").Resolve(context => context.Source.Count);
        AggregationFields.AddTo(this, bucket => bucket.Children, options.Value);
    }
}
