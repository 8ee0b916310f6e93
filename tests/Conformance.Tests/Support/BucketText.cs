using System.Globalization;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Conformance.Tests.Support;

/// <summary>
/// Aggregation buckets as compact text, so that a whole tree is one readable assertion:
/// <c>Firefox=3 {version: 145.0=2, 146.0=1}</c>; a distinct count inside a bucket is <c>cardinality_f: 2</c>.
/// </summary>
public static class BucketText
{
    public static string[] Format(AggregationResult result) => [.. result.Buckets.Select(Bucket)];

    static string Bucket(AggregationBucket bucket)
    {
        var text = $"{Key(bucket.Key)}={bucket.Count.ToString(CultureInfo.InvariantCulture)}";
        return bucket.Children.Count == 0 ? text : $"{text} {{{string.Join("; ", bucket.Children.Select(Child))}}}";
    }

    static string Child(AggregationResult child) => child.Value is { } value
        ? $"{child.Name}: {value.ToString(CultureInfo.InvariantCulture)}"
        : $"{child.Name}: {string.Join(", ", child.Buckets.Select(Bucket))}";

    public static string Key(object key) => key switch
    {
        DateTimeOffset date => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => key.ToString() ?? "",
    };
}
