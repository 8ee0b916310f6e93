using System.Text.Json;
using System.Text.Json.Nodes;
using CrashSearch.Indexer.Elasticsearch;
using CrashSearch.Indexer.Fields;

namespace CrashSearch.Indexer.Tests.Elasticsearch;

/// <summary>
/// An Elasticsearch index for tests: over a recorder when one is given (real HTTP), else over a node that is never
/// called (request building only). The clock is stopped on a Friday, so the default 7-day window spans two weeks.
/// </summary>
internal static class ElasticsearchTestIndex
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static ElasticsearchOptions Options(string url = "http://127.0.0.1:9") => new()
    {
        Url = url,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetries = 3,
        RequestTimeout = TimeSpan.FromSeconds(10),
        BulkSize = 2,
    };

    public static ElasticsearchCrashIndex Open(ElasticsearchOptions? options = null, bool readOnly = false) =>
        ElasticsearchCrashIndex.Open(FieldCatalogue.Default, options ?? Options(), new CrashIndexSettings
        {
            ReadOnly = readOnly,
            RetentionWeeks = 26,
            Clock = new StoppedClock(Now),
        });

    /// <summary>Asserts that two JSON texts are the same JSON (property order aside), showing both when not.</summary>
    public static void AssertJson(string expected, string actual)
    {
        var want = JsonNode.Parse(expected);
        var got = JsonNode.Parse(actual);
        Assert.True(JsonNode.DeepEquals(want, got),
            $"Expected:\n{want?.ToJsonString(Indented)}\nActual:\n{got?.ToJsonString(Indented)}");
    }
}
