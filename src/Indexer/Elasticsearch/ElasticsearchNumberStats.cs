using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Elasticsearch;

/// <summary>
/// A <see cref="NumberStatsAggregation"/> as Elasticsearch runs it: a <c>stats</c> aggregation for the count, least
/// and greatest values and, when percentiles are asked for, a sibling <c>percentiles</c> aggregation
/// (<c>keyed: false</c>, answered as <c>tdigest_percentiles</c>). Its percentiles are TDigest estimates, so the
/// result says <c>Exact = false</c>; Lucene's are exact.
/// </summary>
internal static class ElasticsearchNumberStats
{
    public static JsonObject Stats(FieldDefinition field) =>
        new() { ["stats"] = new JsonObject { ["field"] = field.Name } };

    /// <summary>
    /// Each percent once: some Elasticsearch versions refuse a percent given twice. The answer comes sorted by
    /// percent, and <see cref="Read"/> puts it back in the request's order, repeats included.
    /// </summary>
    public static JsonObject Percentiles(FieldDefinition field, NumberStatsAggregation aggregation) => new()
    {
        ["percentiles"] = new JsonObject
        {
            ["field"] = field.Name,
            ["percents"] = new JsonArray([.. aggregation.Percentiles.Distinct().Select(p => JsonValue.Create(p))]),
            ["keyed"] = false,
        },
    };

    /// <summary>
    /// The answer from the <c>stats</c> body and, when percentiles were asked for, the <c>percentiles</c> body
    /// (<c>"values": [{"key": 50.0, "value": 12.0}, ...]</c>, matched to the request by key).
    /// </summary>
    public static AggregationResult Read(NumberStatsAggregation aggregation, FieldDefinition field, JsonElement stats,
        JsonElement? percentiles)
    {
        var count = stats.GetProperty("count").GetInt64();
        var values = new Dictionary<double, double?>();
        if (percentiles is { } body)
        {
            foreach (var item in body.GetProperty("values").EnumerateArray())
                values[item.GetProperty("key").GetDouble()] = Number(item, "value");
        }
        var requested = new List<double?>(aggregation.Percentiles.Count);
        foreach (var percent in aggregation.Percentiles)
        {
            if (!values.TryGetValue(percent, out var value))
            {
                var name = percent.ToString(CultureInfo.InvariantCulture);
                throw new ElasticsearchException($"The answer has no percentile {name} of '{field.Name}'.");
            }
            requested.Add(count == 0 ? null : value);
        }
        var result = count == 0
            ? new NumberStats(0, null, null, requested)
            : new NumberStats(count, Number(stats, "min"), Number(stats, "max"), requested);
        return new AggregationResult(aggregation.Name, field.Name, [], Exact: aggregation.Percentiles.Count == 0,
            Stats: result);
    }

    /// <summary>
    /// A value, or null where Elasticsearch counted nothing (it writes null; older versions wrote percentiles as
    /// <c>NaN</c>).
    /// </summary>
    static double? Number(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
