using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries;
using CrashSearch.Ingest.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrashSearch.Ingest.Tests.Support;

/// <summary>Runs the real pipeline into a real Lucene index on disk, and searches it afterwards.</summary>
static class LuceneIngest
{
    public static async Task<IngestSummary> RunAsync(string indexDirectory, ICrashSource source)
    {
        using var index = LuceneCrashIndex.Open(indexDirectory, FieldCatalogue.Default);
        var pipeline = new IngestPipeline(
            index, new Quarantine(Path.Combine(indexDirectory, "quarantine")), new CrashDocumentBuilder(FieldCatalogue.Default),
            new IngestOptions(), NullLogger<IngestPipeline>.Instance);
        return await pipeline.RunAsync(source, TestContext.Current.CancellationToken);
    }

    /// <summary>The uuids of the crashes matching <paramref name="filter"/> (null: all) in the year around the test dates.</summary>
    public static async Task<IReadOnlyList<string>> UuidsAsync(string indexDirectory, QueryNode? filter = null)
    {
        var result = await SearchAsync(indexDirectory, filter, size: 1000);
        Assert.Equal(result.Total, result.Hits.Count);
        return [.. result.Hits.Select(h => h.Uuid).Order(StringComparer.Ordinal)];
    }

    /// <summary>How many crashes match <paramref name="filter"/> (null: all) in the years around the test dates.
    /// </summary>
    public static async Task<long> CountAsync(string indexDirectory, QueryNode? filter = null) =>
        (await SearchAsync(indexDirectory, filter, size: 1)).Total;

    static async Task<CrashSearchResult> SearchAsync(string indexDirectory, QueryNode? filter, int size)
    {
        var options = new LuceneIndexOptions { ReadOnly = true };
        using var index = LuceneCrashIndex.Open(indexDirectory, FieldCatalogue.Default, options);
        return await index.SearchAsync(new CrashQuery
        {
            From = TestCrashes.Date.AddDays(-400),
            To = TestCrashes.Date.AddDays(400),
            Filter = filter,
            Size = size,
            Columns = ["uuid"],
        }, TestContext.Current.CancellationToken);
    }

    public static Task<IReadOnlyList<string>> FunctionAsync(string indexDirectory, PredicateOperator op, string value) =>
        UuidsAsync(indexDirectory, new FieldPredicate("function", op, value));
}
