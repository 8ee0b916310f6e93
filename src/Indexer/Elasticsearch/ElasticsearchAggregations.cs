using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// Aggregations as Elasticsearch builds them, and their answers read back (with <c>typed_keys</c>, names come back as
/// <c>sterms#a0</c>). Aggregations are named by position (<c>a0</c>, <c>a1</c>, ...): the caller's names may hold
/// characters Elasticsearch refuses in a name. Terms are ordered by count, then term ascending, as on Lucene;
/// histograms omit empty buckets; distinct counts are approximate (HyperLogLog++) and say so. A terms aggregation
/// that includes the missing bucket gets a sibling <c>missing</c> aggregation (<c>a0m</c>) with the same children;
/// number statistics are a <c>stats</c> aggregation with a sibling <c>percentiles</c> one (<c>a0p</c>, see
/// <see cref="ElasticsearchNumberStats"/>).
/// </summary>
internal sealed class ElasticsearchAggregations(FieldCatalogue catalogue)
{
    /// <summary>
    /// Below this many distinct values, Elasticsearch's distinct count is close to exact; its maximum.
    /// </summary>
    const int PrecisionThreshold = 40_000;

    /// <summary>The name suffix of a terms aggregation's sibling <c>missing</c> aggregation.</summary>
    const string MissingSuffix = "m";

    /// <summary>The name suffix of a number statistics' sibling <c>percentiles</c> aggregation.</summary>
    const string PercentilesSuffix = "p";

    public JsonObject Request(IReadOnlyList<Aggregation> aggregations)
    {
        var request = new JsonObject();
        for (var i = 0; i < aggregations.Count; i++)
        {
            var aggregation = aggregations[i];
            request[Name(i)] = Request(aggregation);
            // Siblings at the same level: Elasticsearch has no terms bucket for "no value", nor percentiles in stats.
            if (aggregation is TermsAggregation { IncludeMissing: true } terms)
                request[Name(i) + MissingSuffix] = Missing(terms);
            if (aggregation is NumberStatsAggregation { Percentiles.Count: > 0 } stats)
                request[Name(i) + PercentilesSuffix] =
                    ElasticsearchNumberStats.Percentiles(catalogue[stats.Field], stats);
        }
        return request;
    }

    JsonObject Request(Aggregation aggregation)
    {
        var field = catalogue[aggregation.Field];
        var request = aggregation switch
        {
            TermsAggregation terms => new JsonObject
            {
                ["terms"] = new JsonObject
                {
                    ["field"] = field.Name,
                    ["size"] = terms.Size,
                    ["order"] = new JsonArray(new JsonObject { ["_count"] = "desc" },
                        new JsonObject { ["_key"] = "asc" }),
                },
            },
            HistogramAggregation histogram => Histogram(field, histogram.Interval),
            CardinalityAggregation => new JsonObject
            {
                ["cardinality"] = new JsonObject { ["field"] = field.Name,
                    ["precision_threshold"] = PrecisionThreshold },
            },
            NumberStatsAggregation => ElasticsearchNumberStats.Stats(field),
            _ => throw new InvalidQueryException(field.Name, $"Unsupported aggregation {aggregation.GetType().Name}."),
        };
        return WithChildren(request, Children(aggregation));
    }

    JsonObject Missing(TermsAggregation terms) => WithChildren(
        new JsonObject { ["missing"] = new JsonObject { ["field"] = catalogue[terms.Field].Name } }, terms.Children);

    JsonObject WithChildren(JsonObject request, IReadOnlyList<Aggregation> children)
    {
        if (children.Count > 0)
            request["aggs"] = Request(children);
        return request;
    }

    static IReadOnlyList<Aggregation> Children(Aggregation aggregation) => aggregation switch
    {
        TermsAggregation terms => terms.Children,
        HistogramAggregation histogram => histogram.Children,
        _ => [],
    };

    static JsonObject Histogram(FieldDefinition field, HistogramInterval interval)
    {
        if (field.Type != FieldType.Date)
        {
            return new JsonObject
            {
                ["histogram"] = new JsonObject { ["field"] = field.Name, ["interval"] = interval.Width,
                    ["min_doc_count"] = 1 },
            };
        }
        var body = new JsonObject { ["field"] = field.Name };
        if (interval.Unit is { } unit)
            body["calendar_interval"] = unit.ToString().ToLowerInvariant();
        else
            body["fixed_interval"] = $"{(long)interval.Span!.Value.TotalMilliseconds}ms";
        body["min_doc_count"] = 1;
        return new JsonObject { ["date_histogram"] = body };
    }

    /// <summary>The answers, in request order, from the <c>aggregations</c> object of a response.</summary>
    public List<AggregationResult> Read(IReadOnlyList<Aggregation> aggregations, JsonElement answer)
    {
        var byName = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (answer.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in answer.EnumerateObject())
            {
                // typed_keys: "sterms#a0", "missing#a0m", "tdigest_percentiles#a0p"; without it, "a0".
                var hash = property.Name.IndexOf('#', StringComparison.Ordinal);
                byName[hash < 0 ? property.Name : property.Name[(hash + 1)..]] = property.Value;
            }
        }
        var results = new List<AggregationResult>(aggregations.Count);
        for (var i = 0; i < aggregations.Count; i++)
        {
            var aggregation = aggregations[i];
            JsonElement Body(string suffix = "") => byName.TryGetValue(Name(i) + suffix, out var body)
                ? body
                : throw new ElasticsearchException($"The answer has no aggregation '{aggregation.Name}'.");
            results.Add(aggregation switch
            {
                NumberStatsAggregation stats => ElasticsearchNumberStats.Read(stats, catalogue[stats.Field], Body(),
                    stats.Percentiles.Count > 0 ? Body(PercentilesSuffix) : null),
                TermsAggregation { IncludeMissing: true } => Read(aggregation, Body(), Body(MissingSuffix)),
                _ => Read(aggregation, Body(), null),
            });
        }
        return results;
    }

    AggregationResult Read(Aggregation aggregation, JsonElement body, JsonElement? missing)
    {
        var field = catalogue[aggregation.Field];
        if (aggregation is CardinalityAggregation)
            return new AggregationResult(aggregation.Name, field.Name, [], body.GetProperty("value").GetInt64(),
                Exact: false);
        var children = Children(aggregation);
        var buckets = new List<AggregationBucket>();
        foreach (var bucket in body.GetProperty("buckets").EnumerateArray())
        {
            var count = bucket.GetProperty("doc_count").GetInt64();
            if (count == 0)
                continue;
            var key = aggregation is HistogramAggregation ? HistogramKey(field, bucket) : TermKey(field, bucket);
            buckets.Add(new AggregationBucket(key, count, children.Count == 0 ? [] : Read(children, bucket)));
        }
        // After the top terms, and only when some crash lacks the field, as on Lucene.
        if (missing is { } none && none.GetProperty("doc_count").GetInt64() is var lacking and > 0)
        {
            buckets.Add(new AggregationBucket(MissingTerm.Value, lacking,
                children.Count == 0 ? [] : Read(children, none)));
        }
        return new AggregationResult(aggregation.Name, field.Name, buckets);
    }

    static object HistogramKey(FieldDefinition field, JsonElement bucket)
    {
        var key = bucket.GetProperty("key");
        return field.Type == FieldType.Date
            ? DateTimeOffset.FromUnixTimeMilliseconds(key.GetInt64())
            : key.GetDouble();
    }

    /// <summary>A term typed as the field's values (booleans come back as 0/1 with <c>key_as_string</c>).</summary>
    static object TermKey(FieldDefinition field, JsonElement bucket)
    {
        var key = bucket.GetProperty("key");
        return field.Type switch
        {
            FieldType.Keyword or FieldType.Text => key.GetString()!,
            FieldType.Integer or FieldType.Long => key.GetInt64(),
            FieldType.Double => key.GetDouble(),
            FieldType.Boolean => key.ValueKind == JsonValueKind.Number ? key.GetInt64() != 0 : key.GetBoolean(),
            FieldType.Date => DateTimeOffset.FromUnixTimeMilliseconds(key.GetInt64()),
            _ => key.ToString(),
        };
    }

    static string Name(int position) => "a" + position.ToString(CultureInfo.InvariantCulture);
}
