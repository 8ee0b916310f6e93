using System.Globalization;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Benchmarks.Queries;

/// <summary>Flattens a Crash Search result into <see cref="QueryAnswer"/> lines.</summary>
internal static class LuceneAnswer
{
    public static QueryAnswer Of(CrashSearchResult result)
    {
        var lines = new List<string>();
        foreach (var aggregation in result.Aggregations)
            Add(aggregation, "", lines);
        foreach (var hit in result.Hits)
            lines.Add("hit:" + hit.Uuid);
        return new QueryAnswer(result.Total, lines);
    }

    static void Add(AggregationResult aggregation, string prefix, List<string> lines)
    {
        if (aggregation.Value is { } value)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{prefix}{aggregation.Name}={value}"));
            return;
        }
        foreach (var bucket in aggregation.Buckets)
        {
            var key = bucket.Key switch
            {
                DateTimeOffset date => date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            };
            var label = $"{prefix}{aggregation.Name}:{key}";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{label}={bucket.Count}"));
            foreach (var child in bucket.Children)
                Add(child, label + "/", lines);
        }
    }
}
