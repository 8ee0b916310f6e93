using CrashSearch.Indexer.Documents;
using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>
/// Values over Lucene's term limit of 32,766 UTF-8 bytes (<see cref="IndexLimits"/>): indexed cut on a character
/// boundary, kept whole in the stored crash, and found by an exact search on the whole value.
/// </summary>
public sealed class TermLimitTests : IDisposable
{
    static readonly string LongFunction = "js::Poison" + new string('z', 40_000) + "(int)";
    static readonly string LongVersion = string.Concat(Enumerable.Repeat("145.0.", 7_000));

    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    static FieldPredicate Is(string field, PredicateOperator op, string value) => new(field, op, value);

    [Fact]
    public async Task A_frame_function_of_40_000_characters_is_indexed_and_found_by_prefix_word_and_whole_value()
    {
        using var index = await Crashes.OpenWith(_directory,
            Crashes.Crash("long", Crashes.Monday, new { product = "F" }, Crashes.Frame(0, LongFunction, "xul.dll")),
            Crashes.Crash("short", Crashes.Monday, new { product = "F" }, Crashes.Frame(0, "js::A", "xul.dll")));

        Assert.Equal(["long"], await index.Uuids(Is("function", PredicateOperator.StartsWith, "js::Poisonzzz")));
        Assert.Equal(["long"], await index.Uuids(Is("function", PredicateOperator.Exact, LongFunction)));
        var words = "js Poison" + new string('z', 40_000);
        Assert.Equal(["long"], await index.Uuids(Is("function", PredicateOperator.Match, words)));
        Assert.Equal(["long", "short"], await index.Uuids(Is("module", PredicateOperator.Exact, "xul.dll")));
        var query = Crashes.Query(Is("function", PredicateOperator.StartsWith, "js::P")) with { IncludeFrames = true };
        var hit = Assert.Single((await index.SearchAsync(query, TestContext.Current.CancellationToken)).Hits);
        Assert.Equal(LongFunction, hit.Frames[0].Function);
    }

    [Fact]
    public async Task A_40_KB_version_is_found_by_an_exact_search_on_the_whole_value_and_returned_whole()
    {
        using var index = await Crashes.OpenWith(_directory,
            Crashes.Crash("long-version", Crashes.Monday, new { version = LongVersion }),
            Crashes.Crash("short-version", Crashes.Monday, new { version = "145.0" }));

        Assert.Equal(["long-version"], await index.Uuids(Is("version", PredicateOperator.Exact, LongVersion)));
        Assert.Equal(["long-version"], await index.Uuids(Is("version", PredicateOperator.Match, LongVersion)));
        Assert.Equal(["long-version"], await index.Uuids(Is("version", PredicateOperator.StartsWith, LongVersion)));
        var query = Crashes.Query(Is("version", PredicateOperator.Exact, LongVersion));
        var hit = Assert.Single((await index.SearchAsync(query, TestContext.Current.CancellationToken)).Hits);
        Assert.Equal(LongVersion, Assert.Single(hit.Fields["version"]));
    }

    [Fact]
    public async Task Every_string_field_and_frame_property_over_the_limit_in_multibyte_text_is_indexed()
    {
        // Three-byte characters and four-byte emoji: 60 and 80 KB of UTF-8, with a cut that must not split a character.
        var cjk = new string('漢', 20_000);
        var emoji = string.Concat(Enumerable.Repeat("😀", 20_000));
        var values = new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);
        foreach (var field in FieldCatalogue.Default.Fields)
        {
            if (field.IsString && field.FrameProperty is null && field.Name != "uuid")
                values[field.Name] = field.MultiValued ? [cjk, emoji] : [field.Name.Length % 2 == 0 ? cjk : emoji];
        }
        var crash = new CrashDocument
        {
            Uuid = "multibyte",
            Date = Crashes.Monday,
            Values = values,
            Frames =
            [
                new CrashFrame(0, emoji, cjk, emoji + "/" + cjk, 1),
                new CrashFrame(1, cjk + emoji, emoji, cjk, 2),
            ],
        };

        using var index = await Crashes.OpenWith(_directory, crash);

        Assert.Equal(["multibyte"], await index.Uuids(Is("function", PredicateOperator.Exact, emoji)));
        var version = (string)values["version"][0];
        Assert.Equal(["multibyte"], await index.Uuids(Is("version", PredicateOperator.Exact, version)));
        Assert.Equal(["multibyte"], await index.Uuids(Is("module", PredicateOperator.Match, cjk)));
    }

    [Fact]
    public async Task A_word_of_ordinary_text_is_a_word_up_to_255_characters_and_the_whole_value_still_matches_beyond()
    {
        var word255 = new string('w', 255);
        var word256 = new string('v', 256);
        using var index = await Crashes.OpenWith(_directory,
            Crashes.Crash("long-words", Crashes.Monday, new { moz_crash_reason = $"boom {word255} {word256}" }));

        Assert.Equal(["long-words"], await index.Uuids(Is("moz_crash_reason", PredicateOperator.Match, word255)));
        Assert.Empty(await index.Uuids(Is("moz_crash_reason", PredicateOperator.Match, word256)));
        var whole = $"boom {word255} {word256}";
        Assert.Equal(["long-words"], await index.Uuids(Is("moz_crash_reason", PredicateOperator.Exact, whole)));
    }

    [Theory]
    [InlineData("a", 32_766)]
    [InlineData("é", 16_383)]
    [InlineData("漢", 10_922)]
    [InlineData("😀", 8_191 * 2)]
    public void A_value_is_cut_to_the_longest_prefix_within_the_limit_on_a_character_boundary(
        string unit, int expectedLength)
    {
        var repeated = string.Concat(Enumerable.Repeat(unit, 40_000 / unit.Length));

        var cut = IndexLimits.Cut(repeated);

        Assert.Equal(expectedLength, cut.Length);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(cut) <= IndexLimits.MaxTermBytes);
        Assert.StartsWith(cut, repeated, StringComparison.Ordinal);
        Assert.True(IndexLimits.IsOverLimit(repeated));
        Assert.False(IndexLimits.IsOverLimit(cut));
    }
}
