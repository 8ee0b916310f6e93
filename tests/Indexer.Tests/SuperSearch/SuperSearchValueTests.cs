using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries.Building;
using static CrashSearch.Indexer.Tests.SuperSearch.SuperSearchParsing;

namespace CrashSearch.Indexer.Tests.SuperSearch;

public sealed class SuperSearchValueTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("t", true)]
    [InlineData("T", true)]
    [InlineData("1", true)]
    [InlineData("Yes", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("f", false)]
    [InlineData("0", false)]
    [InlineData("no", false)]
    [InlineData("NO", false)]
    public void Booleans_accept_every_documented_spelling_in_any_case(string text, bool expected) =>
        Assert.Equal($"Match(startup_crash, {(expected ? "true" : "false")})", Filter($"startup_crash={text}"));

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("y")]
    public void Booleans_reject_other_words(string text)
    {
        var error = Rejects($"startup_crash={text}", "startup_crash");
        Assert.Contains($"'{text}' is not a boolean", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("abc")]
    [InlineData("1e3")]
    [InlineData("99999999999")]
    public void Integer_fields_reject_values_that_are_not_32_bit_integers(string text)
    {
        var error = Rejects($"cpu_count={text}", "cpu_count");
        Assert.Contains("is not a 32-bit integer", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20261101.5")]
    [InlineData("2e13")]
    [InlineData("99999999999999999999")]
    public void Long_fields_reject_values_that_are_not_64_bit_integers(string text) =>
        Rejects($"build_id=>{text}", "build_id");

    [Fact]
    public void Long_fields_accept_negative_numbers() =>
        Assert.Equal("GreaterThan(last_crash, -5)", Filter("last_crash=>-5"));

    [Theory]
    [InlineData("1e3", "1000d")]
    [InlineData("-0.25", "-0.25d")]
    [InlineData("7", "7d")]
    public void Double_fields_accept_decimals_and_exponents(string text, string expected) =>
        Assert.Equal($"Match(load, {expected})", Filter($"load={text}", catalogue: TestCatalogue.Instance));

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1,5")]
    public void Double_fields_reject_non_finite_or_localised_numbers(string text) =>
        Rejects($"load={text}", "load", catalogue: TestCatalogue.Instance);

    [Theory]
    [InlineData("2026-11-01", "2026-11-01T00:00:00.0000000Z")]
    [InlineData("2026-11-01T10:00:00", "2026-11-01T10:00:00.0000000Z")]
    [InlineData("2026-11-01T10:00", "2026-11-01T10:00:00.0000000Z")]
    [InlineData("2026-11-01T10:00:00Z", "2026-11-01T10:00:00.0000000Z")]
    [InlineData("2026-11-01T10:00:00+02:00", "2026-11-01T08:00:00.0000000Z")]
    [InlineData("2026-11-01T10:00:00-05:30", "2026-11-01T15:30:00.0000000Z")]
    [InlineData("2026-11-01T10:00:00.123456Z", "2026-11-01T10:00:00.1234560Z")]
    [InlineData("2026-11-01 10:00:00", "2026-11-01T10:00:00.0000000Z")]
    [InlineData("2026-11-01T10:00:00 02:00", "2026-11-01T08:00:00.0000000Z")]
    public void Dates_accept_a_day_or_iso_8601_with_or_without_offset(string text, string expectedUtc)
    {
        Assert.Equal($"GreaterOrEqual(install_date, {expectedUtc})", Filter($"install_date=>={text}", catalogue: TestCatalogue.Instance));
    }

    [Theory]
    [InlineData("11/01/2026")]
    [InlineData("yesterday")]
    [InlineData("2026-13-01")]
    [InlineData("20261101")]
    public void Dates_reject_other_formats(string text)
    {
        var error = Rejects($"install_date=>{text}", "install_date", catalogue: TestCatalogue.Instance);
        Assert.Contains("is not a date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_value_parser_is_usable_by_other_front_doors()
    {
        var field = FieldCatalogue.Default["cpu_count"];
        Assert.Equal(12L, FieldValueParser.Parse(field, "12", "filters"));
        var error = Assert.Throws<Queries.InvalidQueryException>(() => FieldValueParser.Parse(field, "twelve", "filters"));
        Assert.Equal("filters", error.Parameter);
    }
}
