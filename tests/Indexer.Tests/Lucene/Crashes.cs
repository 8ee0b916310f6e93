using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>Builds crash documents and queries for the Lucene index tests.</summary>
internal static class Crashes
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    public static CrashDocument Crash(string uuid, DateTimeOffset date, object values, params CrashFrame[] frames)
    {
        var map = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);
        foreach (var property in values.GetType().GetProperties())
        {
            var value = property.GetValue(values);
            map[property.Name] = value switch
            {
                null => [],
                string[] many => many,
                IReadOnlyList<object> list => list,
                int number => [(long)number],
                _ => [value],
            };
        }
        return new CrashDocument { Uuid = uuid, Date = date, Values = map, Frames = frames };
    }

    public static CrashFrame Frame(int index, string? function, string? module = null, string? file = null) =>
        new(index, function, module, file, null);

    public static CrashQuery Query(QueryNode? filter = null) => new()
    {
        Filter = filter,
        From = Monday.AddDays(-60),
        To = Monday.AddDays(60),
        Columns = ["uuid", "date", "signature", "product", "version"],
    };

    public static LuceneCrashIndex Open(TempDirectory directory, bool readOnly = false) =>
        LuceneCrashIndex.Open(directory.Path, FieldCatalogue.Default, new LuceneIndexOptions { ReadOnly = readOnly, RefreshInterval = TimeSpan.Zero });

    public static async Task<LuceneCrashIndex> OpenWith(TempDirectory directory, params CrashDocument[] crashes)
    {
        var index = Open(directory);
        await index.IndexAsync(crashes, TestContext.Current.CancellationToken);
        return index;
    }

    public static async Task<List<string>> Uuids(this LuceneCrashIndex index, QueryNode? filter)
    {
        var result = await index.SearchAsync(Query(filter) with { Size = 1000 }, TestContext.Current.CancellationToken);
        return result.Hits.Select(h => h.Uuid).Order(StringComparer.Ordinal).ToList();
    }
}
