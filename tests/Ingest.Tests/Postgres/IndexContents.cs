using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries;
using CrashSearch.Ingest.Tests.Support;

namespace CrashSearch.Ingest.Tests.Postgres;

/// <summary>What an index directory holds, read the way the API reads it: read-only, through searches.</summary>
static class IndexContents
{
    /// <summary>Every uuid found by paging through all crashes (a uuid indexed twice would appear twice).</summary>
    public static async Task<List<string>> AllUuidsAsync(string indexDirectory)
    {
        using var index = LuceneCrashIndex.Open(indexDirectory, FieldCatalogue.Default, new LuceneIndexOptions { ReadOnly = true });
        var uuids = new List<string>();
        SearchCursor? after = null;
        // Every test index holds far fewer; a cursor that repeated its page would otherwise page forever.
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await index.SearchAsync(new CrashQuery
            {
                From = TestCrashes.Date.AddDays(-400),
                To = TestCrashes.Date.AddDays(400),
                Size = 1000,
                After = after,
                Columns = ["uuid"],
            }, TestContext.Current.CancellationToken);
            uuids.AddRange(page.Hits.Select(h => h.Uuid));
            if (page.Hits.Count < 1000)
                return uuids;
            after = page.Hits[^1].Cursor;
        }
        throw new InvalidOperationException("Paging went on past 1,000 pages of 1,000 crashes.");
    }

    public static async Task<IReadOnlyDictionary<string, string>> CheckpointAsync(string indexDirectory)
    {
        using var index = LuceneCrashIndex.Open(indexDirectory, FieldCatalogue.Default, new LuceneIndexOptions { ReadOnly = true });
        return await index.ReadCheckpointAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The reason sidecars in the quarantine, by origin.</summary>
    public static Dictionary<string, string> QuarantineReasons(string indexDirectory)
    {
        var folder = Path.Combine(indexDirectory, "quarantine");
        if (!Directory.Exists(folder))
            return [];
        return Directory.GetFiles(folder, "*.reason.json", SearchOption.AllDirectories)
            .Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .ToDictionary(r => r.GetProperty("origin").GetString()!, r => r.GetProperty("reason").GetString()!, StringComparer.Ordinal);
    }
}
