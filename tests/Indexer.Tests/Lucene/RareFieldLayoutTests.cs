using CrashSearch.Indexer.Queries;
using Lucene.Net.Index;
using Lucene.Net.Store;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>
/// Fields that are neither faceted nor sorted on (most of Socorro's rarely present ones) have no doc values, so a
/// crash without them costs nothing; their numbers and booleans are terms.
/// </summary>
public sealed class RareFieldLayoutTests : IDisposable
{
    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    static FieldPredicate P(string field, PredicateOperator op, object? value = null) => new(field, op, value, null);

    [Fact]
    public async Task A_number_without_doc_values_is_searched_by_its_term_with_exact_bounds()
    {
        using var index = await OpenWith(_directory,
            Crash("negative", Monday, new { ipc_message_size = -5L }),
            Crash("low", Monday, new { ipc_message_size = 10L }),
            Crash("high", Monday, new { ipc_message_size = 11L }),
            Crash("none", Monday, new { }));
        Assert.Equal(["high"], await index.Uuids(P("ipc_message_size", PredicateOperator.GreaterThan, 10L)));
        Assert.Equal(["high", "low"], await index.Uuids(P("ipc_message_size", PredicateOperator.GreaterOrEqual, 10L)));
        Assert.Equal(["low", "negative"], await index.Uuids(P("ipc_message_size", PredicateOperator.LessThan, 11L)));
        Assert.Equal(["negative"], await index.Uuids(P("ipc_message_size", PredicateOperator.LessOrEqual, -5L)));
        Assert.Equal(["low"], await index.Uuids(P("ipc_message_size", PredicateOperator.Match, 10L)));
        Assert.Empty(await index.Uuids(P("ipc_message_size", PredicateOperator.GreaterThan, long.MaxValue)));
        Assert.Empty(await index.Uuids(P("ipc_message_size", PredicateOperator.LessThan, long.MinValue)));
    }

    [Fact]
    public async Task A_boolean_without_doc_values_is_searched_by_its_term()
    {
        using var index = await OpenWith(_directory,
            Crash("on", Monday, new { safe_mode = true }),
            Crash("off", Monday, new { safe_mode = false }),
            Crash("none", Monday, new { }));
        Assert.Equal(["on"], await index.Uuids(P("safe_mode", PredicateOperator.IsTrue)));
        Assert.Equal(["off"], await index.Uuids(P("safe_mode", PredicateOperator.Match, false)));
        Assert.Equal(["off", "on"], await index.Uuids(P("safe_mode", PredicateOperator.Exists)));
    }

    [Fact]
    public async Task Rare_fields_leave_no_doc_values_and_absent_ones_leave_no_trace()
    {
        using (var index = await OpenWith(_directory,
            Crash("rare", Monday, new { ipc_message_size = 10L, safe_mode = true, ipc_fatal_error_msg = "closed" }),
            Crash("plain", Monday, new { signature = "OOM | small" })))
        {
            await index.CommitAsync(null, TestContext.Current.CancellationToken);
        }
        using var directory = FSDirectory.Open(Path.Combine(_directory.Path, "2026-W47"));
        using var reader = DirectoryReader.Open(directory);
        // The crashes may land in different segments: the fields of them all.
        var infos = MultiFields.GetMergedFieldInfos(reader);
        string[] rare = ["ipc_message_size", "safe_mode", "ipc_fatal_error_msg", "ipc_fatal_error_msg.exact"];
        foreach (var name in rare)
        {
            var info = infos.FieldInfo(name);
            Assert.NotNull(info);
            Assert.Equal(DocValuesType.NONE, info.DocValuesType);
            Assert.False(info.HasNorms);
        }
        Assert.Null(infos.FieldInfo("phc_usable_size"));
        Assert.Null(infos.FieldInfo("mac_memory_pressure"));
    }
}
