using CrashSearch.Indexer.Lucene;
using CrashSearch.Indexer.Queries;

namespace CrashSearch.Indexer.Tests.Lucene;

/// <summary>
/// Words are compared in NFKC and lower case, the same at index and at query time, and symbols such as emoji are
/// words: each spelling below finds the crash written with the other one, in text fields and in stack symbols.
/// </summary>
public sealed class UnicodeSearchTests : IDisposable
{
    const string Precomposed = "\u00e9cole";
    const string Combining = "e\u0301cole";
    const string Ligature = "\ufb01le";
    const string Emoji = "\U0001F600";

    readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    static FieldPredicate Words(string field, string text) => new(field, PredicateOperator.Match, text);

    Task<LuceneCrashIndex> OpenAsync() => Crashes.OpenWith(_directory,
        Crashes.Crash("composed", Crashes.Monday,
            new { moz_crash_reason = $"crash in {Precomposed} {Ligature} {Emoji}" },
            Crashes.Frame(0, $"ns::{Precomposed}::Read{Emoji}", "libxul.so")),
        Crashes.Crash("decomposed", Crashes.Monday, new { moz_crash_reason = $"crash in {Combining} file" },
            Crashes.Frame(0, $"ns::{Combining}::File", "libxul.so")),
        Crashes.Crash("plain", Crashes.Monday, new { moz_crash_reason = "crash in school" },
            Crashes.Frame(0, "ns::school::Read", "libxul.so")));

    [Theory]
    [InlineData("moz_crash_reason")]
    [InlineData("function")]
    public async Task A_word_with_combining_accents_and_its_precomposed_form_find_each_other(string field)
    {
        using var index = await OpenAsync();

        Assert.Equal(["composed", "decomposed"], await index.Uuids(Words(field, Precomposed)));
        Assert.Equal(["composed", "decomposed"], await index.Uuids(Words(field, Combining)));
        Assert.Equal(["composed", "decomposed"], await index.Uuids(Words(field, Combining.ToUpperInvariant())));
    }

    [Fact]
    public async Task The_fi_ligature_and_the_letters_f_i_find_each_other()
    {
        using var index = await OpenAsync();

        Assert.Equal(["composed", "decomposed"], await index.Uuids(Words("moz_crash_reason", "file")));
        Assert.Equal(["composed", "decomposed"], await index.Uuids(Words("moz_crash_reason", Ligature)));
        Assert.Equal(["decomposed"], await index.Uuids(Words("function", Ligature)));
    }

    [Theory]
    [InlineData("moz_crash_reason")]
    [InlineData("function")]
    public async Task An_emoji_is_a_word_that_a_word_search_finds(string field)
    {
        using var index = await OpenAsync();

        Assert.Equal(["composed"], await index.Uuids(Words(field, Emoji)));
        Assert.Equal(["composed"], await index.Uuids(Words(field, Emoji + " " + Precomposed)));
    }

    [Fact]
    public async Task Free_text_normalises_words_the_same_way()
    {
        using var index = await OpenAsync();
        var query = Crashes.Query() with { Filter = new FreeText(Combining) };

        var result = await index.SearchAsync(query, TestContext.Current.CancellationToken);

        Assert.Equal(["composed", "decomposed"], result.Hits.Select(h => h.Uuid).Order(StringComparer.Ordinal));
    }
}
