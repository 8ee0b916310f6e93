using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries.SearchBox;
using CrashSearch.Indexer.Queries.Building;
using CrashSearch.Indexer.Tests.SuperSearch;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>
/// Stack-frame search over the real rust-minidump stacks, and which frames each hit reports as matched.
/// <code>
/// json-pretty-symbols, json-pretty-evil-symbols: 0 `anonymous namespace'::CrashFunction, 1 main, 2 __tmainCRTStartup (crt0.c), 3 kernel32.dll
/// linux_json_pretty: no functions; modules crash, libc-2.23.so (1, 2, 6), ld-2.23.so (3), crash...
/// macos_inlines_json_pretty: 0 sadness_generator::raise_segfault, 1 crash_client::main,
///   2 std::sys_common::backtrace::__rust_begin_short_backtrace::&lt;fn(), ()&gt;, 3 std::rt::lang_start::&lt;()&gt;::{closure#0},
///   4 std::rt::lang_start_internal, 5 main, 6 and 7 libdyld.dylib
/// </code>
/// </summary>
public sealed class MatchedFramesTests : IAsyncLifetime
{
    const string Symbols = "json-pretty-symbols";
    const string Evil = "json-pretty-evil-symbols";
    const string Linux = "linux-json-pretty";
    const string MacOs = "macos-inlines-json-pretty";

    static readonly SearchBoxParser SearchBox = new(FieldCatalogue.Default, new SearchLimits());

    readonly TempDirectory _directory = new();
    LuceneCrashIndex _index = null!;

    public async ValueTask InitializeAsync()
    {
        _index = Crashes.Open(_directory);
        await _index.IndexAsync(RustMinidumpStacks.All(), TestContext.Current.CancellationToken);
        await _index.CommitAsync(null, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _index.Dispose();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }

    async Task<string> SearchAsync(string text)
    {
        var filter = SearchBox.Parse(text, "search").Filter;
        var result = await _index.SearchAsync(Crashes.Query(filter) with { Size = 100 }, TestContext.Current.CancellationToken);
        return Describe(result.Hits);
    }

    static string Describe(IEnumerable<Queries.CrashHit> hits) =>
        string.Join("; ", hits.OrderBy(h => h.Uuid, StringComparer.Ordinal)
            .Select(h => h.MatchedFrames is { } matched ? $"{h.Uuid} [{string.Join(",", matched)}]" : $"{h.Uuid} null"));

    [Theory]
    [InlineData("function:CrashFunction", $"{Evil} [0]; {Symbols} [0]")]
    [InlineData("function:\"anonymous namespace\"", $"{Evil} [0]; {Symbols} [0]")]
    [InlineData("function:\"lang_start closure\"", $"{MacOs} [3]")]
    [InlineData("source_file:crt0", $"{Evil} [2]; {Symbols} [2]")]
    public async Task Symbol_words_find_the_crash_and_mark_the_frames_holding_every_word(string text, string expected)
    {
        Assert.Equal(expected, await SearchAsync(text));
    }

    [Fact]
    public async Task A_prefix_marks_every_frame_that_starts_with_it()
    {
        Assert.Equal($"{MacOs} [3,4]", await SearchAsync("function:std::rt::lang_start*"));
    }

    [Fact]
    public async Task A_regular_expression_marks_the_frames_it_matches_whole()
    {
        Assert.Equal($"{MacOs} [0]", await SearchAsync("function:@.*::raise_[a-z]+"));
    }

    [Theory]
    [InlineData("module:=libc-2.23.so", $"{Linux} [1,2,6]")]
    [InlineData("module:~dyld", $"{MacOs} [6,7]")]
    [InlineData("module:$.dylib", $"{MacOs} [6,7]")]
    [InlineData("function:=main", $"{Evil} [1]; {Symbols} [1]; {MacOs} [5]")]
    public async Task Whole_value_operators_mark_the_frames_they_accept(string text, string expected)
    {
        Assert.Equal(expected, await SearchAsync(text));
    }

    [Theory]
    [InlineData("function[4]:~lang_start", $"{MacOs} [3]")]
    [InlineData("function[3]:~lang_start", "")]
    [InlineData("function[2]:main", $"{Evil} [1]; {Symbols} [1]; {MacOs} [1]")]
    public async Task Within_the_top_N_frames_only_those_frames_match(string text, string expected)
    {
        Assert.Equal(expected, await SearchAsync(text));
    }

    [Fact]
    public async Task Frames_of_an_excluded_predicate_are_not_marked()
    {
        Assert.Equal($"{MacOs} [1,5]", await SearchAsync("function:main -function:CrashFunction"));
    }

    [Fact]
    public async Task Alternatives_mark_the_frames_of_each()
    {
        Assert.Equal($"{MacOs} [0,6,7]", await SearchAsync("function:raise_segfault OR module:libdyld.dylib"));
    }

    [Fact]
    public async Task A_query_without_stack_frame_predicates_reports_no_matched_frames()
    {
        Assert.Equal($"{Evil} null; {Symbols} null; {Linux} null; {MacOs} null", await SearchAsync("product:Firefox"));
    }

    [Fact]
    public async Task The_SuperSearch_top_frames_suffix_searches_the_real_stacks()
    {
        var parsed = SuperSearchParsing.Parse("function[5]=^std::rt::&_facets_size=0");
        var result = await _index.SearchAsync(parsed.Query, TestContext.Current.CancellationToken);
        Assert.Equal($"{MacOs} [3,4]", Describe(result.Hits));
    }
}
