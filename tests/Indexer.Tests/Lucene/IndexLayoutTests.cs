using CrashSearch.Indexer.Queries;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>The layout of the index (format 2): frame terms at frame positions, numbers in doc values only, known uuids.</summary>
public sealed class IndexLayoutTests : IDisposable
{
    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    static CancellationToken Token => TestContext.Current.CancellationToken;

    static FieldPredicate P(string field, PredicateOperator op, object? value = null, int? maxFrame = null) => new(field, op, value, maxFrame);

    [Fact]
    public async Task A_repeated_frame_value_counts_from_its_first_frame_for_the_top_frames()
    {
        using var index = await OpenWith(_directory,
            Crash("a", Monday, new { }, Frame(0, "X::run"), Frame(1, "Y::wait"), Frame(2, "Z::loop"), Frame(3, "Y::wait")),
            Crash("b", Monday, new { }, Frame(0, "Z::loop"), Frame(1, "X::run"), Frame(2, "Y::wait")));
        Assert.Equal(["a"], await index.Uuids(P("function", PredicateOperator.Exact, "Y::wait", maxFrame: 2)));
        Assert.Empty(await index.Uuids(P("function", PredicateOperator.Exact, "Y::wait", maxFrame: 1)));
        Assert.Equal(["a", "b"], await index.Uuids(P("function", PredicateOperator.Exact, "Y::wait")));
        Assert.Equal(["a", "b"], await index.Uuids(P("function", PredicateOperator.Match, "wait", maxFrame: 3)));
        Assert.Equal(["a"], await index.Uuids(P("function", PredicateOperator.Match, "wait", maxFrame: 2)));
        Assert.Equal(["b"], await index.Uuids(P("function", PredicateOperator.StartsWith, "Z::", maxFrame: 1)));
        Assert.Equal(["a", "b"], await index.Uuids(P("function", PredicateOperator.Regex, "[XZ]::.*", maxFrame: 1)));
    }

    [Fact]
    public async Task Number_ranges_with_open_bounds_exclude_the_bound_exactly()
    {
        using var index = await OpenWith(_directory,
            Crash("low", Monday, new { uptime = 10L }),
            Crash("high", Monday, new { uptime = 11L }),
            Crash("none", Monday, new { }));
        Assert.Equal(["high"], await index.Uuids(P("uptime", PredicateOperator.GreaterThan, 10L)));
        Assert.Equal(["high", "low"], await index.Uuids(P("uptime", PredicateOperator.GreaterOrEqual, 10L)));
        Assert.Equal(["low"], await index.Uuids(P("uptime", PredicateOperator.LessThan, 11L)));
        Assert.Equal(["low"], await index.Uuids(P("uptime", PredicateOperator.LessOrEqual, 10L)));
        Assert.Equal(["low"], await index.Uuids(P("uptime", PredicateOperator.Match, 10L)));
        Assert.Empty(await index.Uuids(P("uptime", PredicateOperator.GreaterThan, long.MaxValue)));
        Assert.Empty(await index.Uuids(P("uptime", PredicateOperator.LessThan, long.MinValue)));
    }

    [Fact]
    public async Task A_week_written_with_another_layout_is_left_out_of_searches_and_reported_with_what_to_do()
    {
        var week = Path.Combine(_directory.Path, "2026-W47");
        System.IO.Directory.CreateDirectory(week);
        using (var directory = FSDirectory.Open(week))
        using (var analyzer = new KeywordAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)))
        {
            writer.AddDocument([new StringField("uuid", "old", Field.Store.NO)]);
            writer.Commit();
        }
        using var index = Open(_directory, readOnly: true);
        // The week cannot be searched: every search says so, and the index's status says what to do.
        var result = await index.SearchAsync(Query(), Token);
        Assert.Contains(
            "week 2026-W47 could not be read and was not searched",
            Assert.Single(result.Errors),
            StringComparison.Ordinal);
        var damaged = Assert.Single((await index.GetStatusAsync(Token)).Damaged);
        Assert.Equal("2026-W47", damaged.Name);
        Assert.Contains("layout version 1", damaged.Reason, StringComparison.Ordinal);
        Assert.Contains("Ingest the crashes again", damaged.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crash_moved_to_another_week_after_a_restart_leaves_no_copy_behind()
    {
        using (var index = await OpenWith(_directory, Crash("a", Monday, new { signature = "first" }), Crash("b", Monday, new { })))
            await index.CommitAsync(null, Token);
        using (var reopened = Open(_directory))
        {
            // The old week is not written in this process: only the uuids it holds say the crash is there.
            await reopened.IndexAsync([Crash("a", Monday.AddDays(7), new { signature = "moved" })], Token);
            await reopened.CommitAsync(null, Token);
            Assert.Equal(2, reopened.CountAll());
        }
        using var again = Open(_directory, readOnly: true);
        var hits = (await again.SearchAsync(Query() with { Columns = ["signature"] }, Token)).Hits;
        Assert.Equal(["moved"], hits.Single(h => h.Uuid == "a").Fields["signature"]);
        Assert.Equal(2, again.CountAll());
    }

    [Fact]
    public async Task Crashes_indexed_again_after_a_restart_replace_their_old_copy()
    {
        using (var index = await OpenWith(_directory, Crash("a", Monday, new { signature = "first" })))
            await index.CommitAsync(null, Token);
        using var reopened = Open(_directory);
        await reopened.IndexAsync([Crash("a", Monday.AddHours(2), new { signature = "second" }), Crash("new", Monday, new { })], Token);
        await reopened.CommitAsync(null, Token);
        Assert.Equal(2, reopened.CountAll());
        var hit = (await reopened.SearchAsync(Query(P("uuid", PredicateOperator.Exact, "a")) with { Columns = ["signature"] }, Token)).Hits.Single();
        Assert.Equal(["second"], hit.Fields["signature"]);
    }
}
