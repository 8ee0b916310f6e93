using static CrashSearch.Indexer.Tests.SuperSearch.SuperSearchParsing;

namespace CrashSearch.Indexer.Tests.SuperSearch;

public sealed class SuperSearchOperatorTests
{
    [Fact]
    public void A_plain_value_on_a_text_field_is_a_match_of_its_words() =>
        Assert.Equal("""Match(signature, "OOM | small")""", Filter("signature=OOM | small"));

    [Fact]
    public void A_plain_value_on_a_keyword_field_is_a_match_of_the_whole_value() =>
        Assert.Equal("""Match(version, "145.0b3")""", Filter("version=145.0b3"));

    [Fact]
    public void A_plain_value_on_an_integer_field_is_a_typed_number() =>
        Assert.Equal("Match(cpu_count, 8)", Filter("cpu_count=8"));

    [Fact]
    public void A_plain_value_on_a_long_field_is_a_typed_number() =>
        Assert.Equal("Match(build_id, 20261101123456)", Filter("build_id=20261101123456"));

    [Fact]
    public void A_plain_value_on_a_double_field_is_a_typed_number() =>
        Assert.Equal("Match(load, 0.75d)", Filter("load=0.75", catalogue: TestCatalogue.Instance));

    [Fact]
    public void A_plain_value_on_a_boolean_field_is_a_typed_boolean() =>
        Assert.Equal("Match(startup_crash, true)", Filter("startup_crash=yes"));

    [Theory]
    [InlineData("=", "Exact")]
    [InlineData("~", "Contains")]
    [InlineData("^", "StartsWith")]
    [InlineData("$", "EndsWith")]
    [InlineData("@", "Regex")]
    public void String_operators_apply_to_text_fields(string prefix, string op) =>
        Assert.Equal($$"""{{op}}(signature, "js::gc")""", Filter($"signature={prefix}js::gc"));

    [Theory]
    [InlineData("=", "Exact")]
    [InlineData("~", "Contains")]
    [InlineData("^", "StartsWith")]
    [InlineData("$", "EndsWith")]
    [InlineData("@", "Regex")]
    public void String_operators_apply_to_keyword_fields_too(string prefix, string op) =>
        Assert.Equal($$"""{{op}}(release_channel, "nightly")""", Filter($"release_channel={prefix}nightly"));

    [Theory]
    [InlineData("build_id=~20")]
    [InlineData("build_id==20")]
    [InlineData("build_id=^20")]
    [InlineData("build_id=$20")]
    [InlineData("build_id=@20.*")]
    public void String_operators_on_a_number_field_are_rejected(string query)
    {
        var error = Rejects(query, "build_id");
        Assert.Contains("string operators", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("startup_crash=~tr")]
    [InlineData("startup_crash=>0")]
    public void String_and_range_operators_on_a_boolean_field_are_rejected(string query) =>
        Rejects(query, "startup_crash");

    [Theory]
    [InlineData(">", "GreaterThan")]
    [InlineData(">=", "GreaterOrEqual")]
    [InlineData("<", "LessThan")]
    [InlineData("<=", "LessOrEqual")]
    public void Range_operators_apply_to_number_fields(string prefix, string op) =>
        Assert.Equal($"{op}(uptime, 60)", Filter($"uptime={prefix}60"));

    [Fact]
    public void Range_operators_apply_to_double_fields() =>
        Assert.Equal("GreaterOrEqual(load, 1.5d)", Filter("load=>=1.5", catalogue: TestCatalogue.Instance));

    [Fact]
    public void Range_operators_apply_to_date_fields_other_than_the_window() =>
        Assert.Equal("LessThan(install_date, 2026-01-01T00:00:00.0000000Z)", Filter("install_date=<2026-01-01", catalogue: TestCatalogue.Instance));

    [Fact]
    public void A_range_on_a_string_field_is_rejected()
    {
        var error = Rejects("signature=>5", "signature");
        Assert.Contains("ranges", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_without_a_range_operator_is_rejected()
    {
        Rejects("date=2026-01-01", "date");
        Rejects("install_date=2026-01-01", "install_date", catalogue: TestCatalogue.Instance);
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("build_id")]
    [InlineData("startup_crash")]
    [InlineData("addons")]
    public void Null_on_any_field_means_it_has_no_value(string field) =>
        Assert.Equal($"NOT(Exists({field}))", Filter($"{field}=__null__"));

    [Fact]
    public void Negated_null_means_the_field_has_a_value() =>
        Assert.Equal("Exists(reason)", Filter("reason=!__null__"));

    [Fact]
    public void True_on_a_boolean_field_means_it_is_true() =>
        Assert.Equal("IsTrue(startup_crash)", Filter("startup_crash=__true__"));

    [Fact]
    public void Negated_true_means_false_or_missing() =>
        Assert.Equal("NOT(IsTrue(startup_crash))", Filter("startup_crash=!__true__"));

    [Fact]
    public void True_on_a_non_boolean_field_is_rejected() =>
        Rejects("signature=__true__", "signature");

    [Theory]
    [InlineData("!", """NOT(Match(version, "1.0"))""")]
    [InlineData("!=", """NOT(Exact(version, "1.0"))""")]
    [InlineData("!~", """NOT(Contains(version, "1.0"))""")]
    [InlineData("!^", """NOT(StartsWith(version, "1.0"))""")]
    [InlineData("!$", """NOT(EndsWith(version, "1.0"))""")]
    [InlineData("!@", """NOT(Regex(version, "1.0"))""")]
    public void An_exclamation_mark_negates_each_string_operator(string prefix, string expected) =>
        Assert.Equal(expected, Filter($"version={prefix}1.0"));

    [Fact]
    public void An_exclamation_mark_negates_a_range() =>
        Assert.Equal("NOT(GreaterThan(uptime, 60))", Filter("uptime=!>60"));

    [Fact]
    public void The_exact_operator_lets_a_value_start_with_an_operator_character() =>
        Assert.Equal("""Exact(signature, "~foo")""", Filter("signature==~foo"));

    [Theory]
    [InlineData("signature=~")]
    [InlineData("signature=!")]
    [InlineData("signature=!~")]
    [InlineData("uptime=>=")]
    public void An_operator_without_a_value_is_rejected(string query)
    {
        var error = Rejects(query, query[..query.IndexOf('=', StringComparison.Ordinal)]);
        Assert.Contains("needs a value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regular_expression_longer_than_the_limit_is_rejected()
    {
        var error = Rejects("signature=@" + new string('a', 1001), "signature");
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a(b")]
    [InlineData("[abc")]
    [InlineData("a{2")]
    public void A_malformed_regular_expression_is_rejected(string pattern)
    {
        var error = Rejects("signature=@" + pattern, "signature");
        Assert.Contains("regular expression is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stack_frame_fields_take_the_string_operators() =>
        Assert.Equal("""StartsWith(function, "js::gc::")""", Filter("function=^js::gc::"));
}
