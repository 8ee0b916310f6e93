using System.Text.Json;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.SearchApi.SuperSearch;

/// <summary>
/// Writes aggregation results as Socorro's <c>facets</c>: terms and histograms as arrays of
/// <c>{term, count, facets?}</c> (boolean terms as "T"/"F"), distinct counts as <c>{value}</c>. It follows the
/// requested aggregations, so nothing the query did not ask for is written.
/// </summary>
internal static class SuperSearchFacetWriter
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<Aggregation> requested, IReadOnlyList<AggregationResult> results)
    {
        foreach (var aggregation in requested)
        {
            var result = results.FirstOrDefault(r => string.Equals(r.Name, aggregation.Name, StringComparison.Ordinal));
            if (result is null)
                continue;
            json.WritePropertyName(aggregation.Name);
            switch (aggregation)
            {
                case TermsAggregation terms:
                    WriteBuckets(json, result.Buckets, terms.Children, SuperSearchJsonValues.HitDate);
                    break;
                case HistogramAggregation histogram:
                    WriteBuckets(json, result.Buckets, histogram.Children, SuperSearchJsonValues.BucketDate);
                    break;
                default:
                    WriteCount(json, result);
                    break;
            }
        }
    }

    static void WriteCount(Utf8JsonWriter json, AggregationResult result)
    {
        json.WriteStartObject();
        json.WriteNumber("value", result.Value ?? 0);
        if (!result.Exact)
            json.WriteBoolean("approximate", true);
        json.WriteEndObject();
    }

    static void WriteBuckets(Utf8JsonWriter json, IReadOnlyList<AggregationBucket> buckets, IReadOnlyList<Aggregation> children, string dateFormat)
    {
        json.WriteStartArray();
        foreach (var bucket in buckets)
        {
            json.WriteStartObject();
            json.WritePropertyName("term");
            if (bucket.Key is bool flag)
                json.WriteStringValue(flag ? "T" : "F");
            else
                SuperSearchJsonValues.Write(json, bucket.Key, dateFormat);
            json.WriteNumber("count", bucket.Count);
            if (children.Count > 0)
            {
                json.WriteStartObject("facets");
                Write(json, children, bucket.Children);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
