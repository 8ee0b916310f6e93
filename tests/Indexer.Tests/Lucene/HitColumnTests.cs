using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Queries;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>
/// Hits that need no frames read their columns from doc values; hits with frames read the stored source. Both must
/// give the same values, types and absences.
/// </summary>
public sealed class HitColumnTests : IDisposable
{
    static readonly string[] Columns =
    [
        "uuid", "date", "signature", "product", "version", "release_channel", "address", "cpu_count", "build_id",
        "uptime", "startup_crash", "is_garbage_collecting", "platform", "cpu_info", "addons", "email",
    ];

    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    static CrashDocument[] Sample() =>
    [
        Crash("8f14e45f-ceea-467a-9b36-2b6f2d1c4c6e", Monday.AddHours(1), new
        {
            signature = "OOM | small", product = "Firefox", version = "145.0b3", release_channel = "beta", address = "0x0",
            cpu_count = 8, build_id = 20261101093000L, uptime = 0L, startup_crash = true, is_garbage_collecting = false,
            platform = "Windows NT", cpu_info = "family 6 model 158", addons = new[] { "b@x:1", "a@x:2", "b@x:1" }, email = "someone@example.com",
        }),
        Crash("not-a-canonical-uuid", Monday.AddHours(2), new { product = "Fenix", uptime = -5L }),
        Crash("c9f0f895-fb98-4b8a-b4cb-c2a9d3c6a1f0", Monday.AddHours(3), new { }),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Columns_from_doc_values_equal_the_stored_ones(bool canReadProtected)
    {
        using var index = await OpenWith(_directory, Sample());
        await index.CommitAsync(null, Cancellation);
        var single = Columns.Where(c => c != "addons").ToArray();
        foreach (var sort in new SortField[][] { [], [new("build_id", true)], [new("product", false)] })
        {
            var query = Query() with { Columns = single, Sort = sort, CanReadProtected = canReadProtected };
            var fromDocValues = await index.SearchAsync(query, Cancellation);
            var stored = await index.SearchAsync(query with { IncludeFrames = true }, Cancellation);
            Assert.Equal(3, fromDocValues.Hits.Count);
            for (var i = 0; i < stored.Hits.Count; i++)
            {
                Assert.Equal(stored.Hits[i].Uuid, fromDocValues.Hits[i].Uuid);
                Assert.Equal(stored.Hits[i].Fields.Keys, fromDocValues.Hits[i].Fields.Keys);
                foreach (var (name, values) in stored.Hits[i].Fields)
                {
                    Assert.Equal(values, fromDocValues.Hits[i].Fields[name]);
                    Assert.Equal(values.Select(v => v.GetType()), fromDocValues.Hits[i].Fields[name].Select(v => v.GetType()));
                }
            }
        }
    }

    [Fact]
    public async Task A_multi_valued_column_keeps_its_order_and_repeats()
    {
        using var index = await OpenWith(_directory, Sample());
        var result = await index.SearchAsync(Query() with { Columns = Columns }, Cancellation);
        var hit = result.Hits.Single(h => h.Uuid == "8f14e45f-ceea-467a-9b36-2b6f2d1c4c6e");
        Assert.Equal(["b@x:1", "a@x:2", "b@x:1"], hit.Fields["addons"]);
        Assert.False(hit.Fields.ContainsKey("email"));
    }

    [Fact]
    public async Task A_value_longer_than_a_term_is_returned_whole()
    {
        var address = string.Concat(Enumerable.Repeat("0123456789abcdef", 2500));
        using var index = await OpenWith(_directory, Crash("long-value", Monday, new { address }));
        var result = await index.SearchAsync(Query() with { Columns = ["uuid", "address"] }, Cancellation);
        Assert.Equal([address], Assert.Single(result.Hits).Fields["address"]);
    }
}
