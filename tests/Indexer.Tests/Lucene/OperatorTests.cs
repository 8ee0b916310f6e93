using CrashSearch.Indexer.Queries;
using static CrashSearch.Indexer.Tests.Lucene.Crashes;

namespace CrashSearch.Indexer.Tests.Lucene;

public sealed class OperatorTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    Task<List<string>> Find(QueryNode filter) => fixture.Index.Uuids(filter);

    static FieldPredicate P(string field, PredicateOperator op, object? value = null, int? maxFrame = null) => new(field, op, value, maxFrame);

    [Fact]
    public async Task Text_match_requires_every_word_in_any_case()
    {
        Assert.Equal(["a"], await Find(P("signature", PredicateOperator.Match, "oom SMALL")));
        Assert.Equal(["a", "c"], await Find(P("signature", PredicateOperator.Match, "OOM")));
        Assert.Empty(await Find(P("signature", PredicateOperator.Match, "OOM huge")));
    }

    [Fact]
    public async Task Exact_on_text_is_the_whole_value_and_case_sensitive()
    {
        Assert.Equal(["a"], await Find(P("signature", PredicateOperator.Exact, "OOM | small")));
        Assert.Empty(await Find(P("signature", PredicateOperator.Exact, "oom | small")));
        Assert.Empty(await Find(P("signature", PredicateOperator.Exact, "OOM")));
    }

    [Fact]
    public async Task Match_on_keyword_is_equality()
    {
        Assert.Equal(["a", "c"], await Find(P("version", PredicateOperator.Match, "145.0")));
        Assert.Empty(await Find(P("version", PredicateOperator.Match, "145")));
        Assert.Equal(["a", "b"], await Find(P("addons", PredicateOperator.Match, "a@x:1")));
    }

    [Fact]
    public async Task Contains_starts_with_and_ends_with_are_case_sensitive_and_escape_special_characters()
    {
        Assert.Equal(["a"], await Find(P("signature", PredicateOperator.Contains, "small")));
        Assert.Empty(await Find(P("signature", PredicateOperator.Contains, "Small")));
        Assert.Equal(["b"], await Find(P("signature", PredicateOperator.Contains, "::gc::")));
        Assert.Empty(await Find(P("signature", PredicateOperator.Contains, "*")));
        Assert.Equal(["a", "c"], await Find(P("signature", PredicateOperator.StartsWith, "OOM |")));
        Assert.Equal(["b"], await Find(P("signature", PredicateOperator.EndsWith, "| Arena")));
        Assert.Equal(["a", "c"], await Find(P("version", PredicateOperator.StartsWith, "145")));
        Assert.Equal(["b"], await Find(P("version", PredicateOperator.EndsWith, "b1")));
        Assert.Equal(["a", "b"], await Find(P("addons", PredicateOperator.Contains, "@x:")));
    }

    [Fact]
    public async Task Regex_matches_the_whole_exact_value()
    {
        Assert.Equal(["a", "c"], await Find(P("signature", PredicateOperator.Regex, "OOM \\| (small|large)")));
        Assert.Empty(await Find(P("signature", PredicateOperator.Regex, "OOM")));
        Assert.Equal(["b"], await Find(P("version", PredicateOperator.Regex, "[0-9]+\\.0b[0-9]")));
        Assert.Equal(["a", "b", "c"], await Find(P("signature", PredicateOperator.Regex, ".*")));
        Assert.Equal(["a"], await Find(P("signature", PredicateOperator.Regex, "OOM.*&~(.*large)")));
    }

    [Theory]
    [InlineData("(unclosed")]
    [InlineData("<named>")]
    [InlineData("(a|b)*a(a|b){25}")]
    [InlineData("~((a|b)*a(a|b){20})")]
    [InlineData("(.{100}){100}")]
    public async Task Malformed_or_too_complex_regexes_are_refused(string pattern)
    {
        var started = Environment.TickCount64;
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => Find(P("signature", PredicateOperator.Regex, pattern)));
        Assert.Equal("signature", error.Parameter);
        Assert.InRange(Environment.TickCount64 - started, 0, 5000);
    }

    [Fact]
    public async Task Regex_longer_than_1000_characters_is_refused()
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => Find(P("signature", PredicateOperator.Regex, new string('a', 1001))));
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranges_on_longs_integers_and_dates()
    {
        Assert.Equal(["b"], await Find(P("build_id", PredicateOperator.GreaterThan, 20261101000000L)));
        Assert.Equal(["a", "b"], await Find(P("build_id", PredicateOperator.GreaterOrEqual, 20261101000000L)));
        Assert.Equal(["a"], await Find(P("build_id", PredicateOperator.LessThan, 20261110000000L)));
        Assert.Equal(["a", "b"], await Find(P("build_id", PredicateOperator.LessOrEqual, 20261110000000L)));
        Assert.Equal(["b"], await Find(P("cpu_count", PredicateOperator.GreaterThan, 4)));
        Assert.Equal(["a"], await Find(P("cpu_count", PredicateOperator.Match, 4L)));
        Assert.Equal(["b", "c"], await Find(P("date", PredicateOperator.GreaterOrEqual, Monday.AddHours(2))));
        Assert.Equal(["a"], await Find(P("date", PredicateOperator.LessThan, Monday.AddHours(2))));
    }

    [Fact]
    public async Task Exists_and_its_negation_find_missing_values()
    {
        Assert.Equal(["a", "b"], await Find(P("build_id", PredicateOperator.Exists)));
        Assert.Equal(["c"], await Find(new Not(P("build_id", PredicateOperator.Exists))));
        Assert.Equal(["a", "b"], await Find(P("addons", PredicateOperator.Exists)));
        Assert.Equal(["a", "b", "c"], await Find(P("function", PredicateOperator.Exists)));
        Assert.Equal(["c"], await Find(new Not(P("source_file", PredicateOperator.Exists))));
    }

    [Fact]
    public async Task Booleans_match_true_false_and_is_true()
    {
        Assert.Equal(["a"], await Find(P("startup_crash", PredicateOperator.IsTrue)));
        Assert.Equal(["b"], await Find(P("startup_crash", PredicateOperator.Match, false)));
        Assert.Equal(["b", "c"], await Find(new Not(P("startup_crash", PredicateOperator.IsTrue))));
    }

    [Fact]
    public async Task Boolean_combinators_compose()
    {
        var firefox = P("product", PredicateOperator.Match, "firefox");
        var small = P("signature", PredicateOperator.Match, "small");
        Assert.Equal(["c"], await Find(new AllOf([firefox, new Not(small)])));
        Assert.Equal(["a", "b"], await Find(new AnyOf([small, P("product", PredicateOperator.Exact, "Fenix")])));
        Assert.Empty(await Find(new AnyOf([])));
        Assert.Equal(["a", "b", "c"], await Find(new AllOf([])));
    }

    [Fact]
    public async Task Free_text_needs_every_word_in_some_default_field()
    {
        Assert.Equal(["a", "c"], await Find(new FreeText("GetAttr")));
        Assert.Equal(["b"], await Find(new FreeText("sweep arena")));
        Assert.Equal(["b"], await Find(new FreeText("closure lang_start")));
        Assert.Empty(await Find(new FreeText("sweep small")));
    }

    [Fact]
    public async Task Free_text_searches_protected_fields_only_with_permission()
    {
        var query = Query(new FreeText("crashed badly"));
        Assert.Empty((await fixture.Index.SearchAsync(query, TestContext.Current.CancellationToken)).Hits);
        var allowed = await fixture.Index.SearchAsync(query with { CanReadProtected = true }, TestContext.Current.CancellationToken);
        Assert.Equal(["a"], allowed.Hits.Select(h => h.Uuid));
    }

    [Fact]
    public async Task Protected_columns_are_returned_only_with_permission()
    {
        var query = Query(P("signature", PredicateOperator.Exact, "OOM | small")) with { Columns = ["uuid", "url", "addons", "cpu_count", "startup_crash", "date", "function"] };
        var hidden = (await fixture.Index.SearchAsync(query, TestContext.Current.CancellationToken)).Hits.Single();
        Assert.False(hidden.Fields.ContainsKey("url"));
        Assert.Equal(["a@x:1", "b@y:2"], hidden.Fields["addons"]);
        Assert.Equal([4L], hidden.Fields["cpu_count"]);
        Assert.Equal([true], hidden.Fields["startup_crash"]);
        Assert.Equal([Monday.AddHours(1)], hidden.Fields["date"]);
        Assert.Equal(["mozilla::dom::Element::GetAttr(int)", "`anonymous namespace'::CrashFunction"], hidden.Fields["function"]);
        var shown = (await fixture.Index.SearchAsync(query with { CanReadProtected = true }, TestContext.Current.CancellationToken)).Hits.Single();
        Assert.Equal(["https://secret.example/a"], shown.Fields["url"]);
    }

    [Fact]
    public async Task Frames_are_returned_when_asked()
    {
        var query = Query(P("signature", PredicateOperator.Exact, "OOM | large")) with { IncludeFrames = true };
        var hit = (await fixture.Index.SearchAsync(query, TestContext.Current.CancellationToken)).Hits.Single();
        Assert.Equal(["org.mozilla.gecko.GeckoApp$1.run", "mozilla::dom::Element::GetAttr(int)"], hit.Frames.Select(f => f.Function));
        Assert.Equal("classes.dex", hit.Frames[0].Module);
    }

    [Fact]
    public async Task Protected_fields_cannot_be_filtered_without_permission()
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => Find(P("url", PredicateOperator.Exists)));
        Assert.Equal("url", error.Parameter);
    }

    [Theory]
    [InlineData("no_such_field", PredicateOperator.Match, "x")]
    [InlineData("build_id", PredicateOperator.Contains, "20")]
    [InlineData("signature", PredicateOperator.GreaterThan, "5")]
    [InlineData("cpu_count", PredicateOperator.Exact, 4L)]
    [InlineData("signature", PredicateOperator.IsTrue, null)]
    [InlineData("cpu_count", PredicateOperator.Match, "four")]
    public async Task Unknown_fields_and_operators_that_do_not_fit_the_type_are_refused(string field, PredicateOperator op, object? value)
    {
        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => Find(P(field, op, value)));
        Assert.Equal(field, error.Parameter);
    }

    [Fact]
    public async Task Max_frame_limits_exact_prefix_regex_and_words_to_the_top_frames()
    {
        Assert.Empty(await Find(P("function", PredicateOperator.Exact, "`anonymous namespace'::CrashFunction", 2)));
        Assert.Equal(["a"], await Find(P("function", PredicateOperator.Exact, "`anonymous namespace'::CrashFunction", 3)));
        Assert.Equal(["a"], await Find(P("function", PredicateOperator.StartsWith, "mozilla::dom::", 1)));
        Assert.Equal(["a", "c"], await Find(P("function", PredicateOperator.StartsWith, "mozilla::dom::", 2)));
        Assert.Equal(["a"], await Find(P("function", PredicateOperator.Regex, ".*GetAttr.*", 1)));
        Assert.Equal(["a", "c"], await Find(P("function", PredicateOperator.Contains, "GetAttr", 2)));
        Assert.Equal(["b"], await Find(P("function", PredicateOperator.EndsWith, "::Sweep", 3)));
        Assert.Empty(await Find(P("function", PredicateOperator.EndsWith, "::Sweep", 2)));
        Assert.Empty(await Find(P("function", PredicateOperator.Match, "crash function", 2)));
        Assert.Equal(["a"], await Find(P("function", PredicateOperator.Match, "crash function", 3)));
        Assert.Equal(["a"], await Find(P("function", PredicateOperator.Match, "getattr", 1)));
        Assert.Equal(["a", "b"], await Find(P("source_file", PredicateOperator.Exists, maxFrame: 1)));
    }

    [Fact]
    public async Task Stack_frame_words_find_cpp_rust_and_java_symbols()
    {
        Assert.Equal(["a"], await Find(P("function", PredicateOperator.Match, "CrashFunction")));
        Assert.Equal(["a"], await Find(P("function", PredicateOperator.Match, "anonymous namespace")));
        Assert.Equal(["b"], await Find(P("function", PredicateOperator.Match, "lang_start closure")));
        Assert.Equal(["b"], await Find(P("function", PredicateOperator.Match, "write_volatile u8")));
        Assert.Equal(["c"], await Find(P("function", PredicateOperator.Match, "GeckoApp run")));
        Assert.Equal(["a"], await Find(P("module", PredicateOperator.Match, "xul")));
        Assert.Equal(["a"], await Find(P("source_file", PredicateOperator.Match, "test_app")));
        Assert.Equal(["b"], await Find(P("source_file", PredicateOperator.Match, "rt.rs")));
    }

    [Fact]
    public async Task Max_frame_on_a_field_that_is_not_a_stack_field_is_refused()
    {
        await Assert.ThrowsAsync<InvalidQueryException>(() => Find(P("signature", PredicateOperator.Match, "oom", 2)));
    }
}
