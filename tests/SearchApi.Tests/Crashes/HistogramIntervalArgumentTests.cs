using CrashSearch.Indexer.Fields;
using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.Crashes;

namespace CrashSearch.SearchApi.Tests.Crashes;

public sealed class HistogramIntervalArgumentTests
{
    static HistogramInterval Parse(string field, string text) =>
        HistogramIntervalArgument.Parse(FieldCatalogue.Default[field], text, "perDay");

    [Theory]
    [InlineData("hour", CalendarUnit.Hour)]
    [InlineData("Day", CalendarUnit.Day)]
    [InlineData("week", CalendarUnit.Week)]
    [InlineData("month", CalendarUnit.Month)]
    [InlineData("YEAR", CalendarUnit.Year)]
    public void Calendar_units_are_read_in_any_case(string text, CalendarUnit unit)
    {
        Assert.Equal(unit, Parse("date", text).Unit);
    }

    [Theory]
    [InlineData("30m", 30 * 60)]
    [InlineData("6h", 6 * 3600)]
    [InlineData("2d", 2 * 86400)]
    public void Fixed_spans_are_minutes_hours_or_days(string text, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Parse("date", text).Span);
    }

    [Fact]
    public void Numbers_take_a_positive_width()
    {
        Assert.Equal(0.5, Parse("cpu_count", "0.5").Width);
    }

    [Theory]
    [InlineData("date", "fortnight", "perDay.interval")]
    [InlineData("date", "hour,day", "perDay.interval")]
    [InlineData("date", "0h", "perDay.interval")]
    [InlineData("date", "6", "perDay.interval")]
    [InlineData("cpu_count", "0", "perDay.interval")]
    [InlineData("cpu_count", "day", "perDay.interval")]
    [InlineData("signature", "day", "perDay.field")]
    public void Anything_else_is_an_invalid_query_naming_the_argument(string field, string text, string argument)
    {
        var error = Assert.Throws<InvalidQueryException>(() => Parse(field, text));
        Assert.Equal(argument, error.Parameter);
        Assert.Contains($"'{argument}'", error.Message, StringComparison.Ordinal);
    }
}
