using CrashSearch.Indexer.Queries.Building;
using static CrashSearch.Indexer.Tests.SuperSearch.SuperSearchParsing;

namespace CrashSearch.Indexer.Tests.SuperSearch;

public sealed class SuperSearchWindowTests
{
    static DateTimeOffset Utc(int month, int day, int hour = 0) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_a_date_the_window_is_the_last_7_days()
    {
        var query = Parse("").Query;
        Assert.Equal(Now.AddDays(-7), query.From);
        Assert.Equal(Now, query.To);
        Assert.Null(query.Filter);
    }

    [Fact]
    public void A_lower_bound_alone_runs_to_now()
    {
        var query = Parse("date=>=2026-11-01").Query;
        Assert.Equal(Utc(11, 1), query.From);
        Assert.Equal(Now, query.To);
        Assert.Null(query.Filter);
    }

    [Fact]
    public void An_exclusive_lower_bound_is_kept_exact_by_a_predicate()
    {
        var query = Parse("date=>2026-11-01").Query;
        Assert.Equal(Utc(11, 1), query.From);
        Assert.Equal("GreaterThan(date, 2026-11-01T00:00:00.0000000Z)", QueryNodeText.Format(query.Filter));
    }

    [Fact]
    public void An_upper_bound_alone_covers_the_7_days_before_it()
    {
        var query = Parse("date=<2026-11-10").Query;
        Assert.Equal(Utc(11, 3), query.From);
        Assert.Equal(Utc(11, 10), query.To);
        Assert.Null(query.Filter);
    }

    [Fact]
    public void An_inclusive_upper_bound_keeps_the_bound_inside_the_window()
    {
        var query = Parse("date=<=2026-11-10").Query;
        Assert.Equal(Utc(11, 10).AddMilliseconds(1), query.To);
        Assert.Equal("LessOrEqual(date, 2026-11-10T00:00:00.0000000Z)", QueryNodeText.Format(query.Filter));
    }

    [Fact]
    public void Both_bounds_give_the_window()
    {
        var query = Parse("date=<2026-11-01&date=>=2026-10-01").Query;
        Assert.Equal(Utc(10, 1), query.From);
        Assert.Equal(Utc(11, 1), query.To);
    }

    [Fact]
    public void Several_bounds_on_one_side_keep_the_tightest()
    {
        var query = Parse("date=>=2026-11-01&date=>=2026-11-05&date=<2026-11-19&date=<2026-11-18").Query;
        Assert.Equal(Utc(11, 5), query.From);
        Assert.Equal(Utc(11, 18), query.To);
    }

    [Fact]
    public void The_window_combines_with_field_filters() =>
        Assert.Equal(
            """AND(GreaterThan(date, 2026-11-01T00:00:00.0000000Z), Match(product, "Firefox"))""",
            Filter("product=Firefox&date=>2026-11-01"));

    [Fact]
    public void A_window_of_exactly_365_days_is_allowed()
    {
        var query = Parse("date=>=2025-11-01&date=<2026-11-01").Query;
        Assert.Equal(TimeSpan.FromDays(365), query.To - query.From);
    }

    [Theory]
    [InlineData("date=>=2025-01-01&date=<2026-11-01")]
    [InlineData("date=>=2025-01-01")]
    public void A_window_longer_than_365_days_is_rejected(string query)
    {
        var error = Rejects(query, "date");
        Assert.Contains("longer than 365 days", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date=>2026-11-10&date=<2026-11-05")]
    [InlineData("date=>=2026-11-10&date=<2026-11-10")]
    public void An_empty_window_is_rejected(string query) =>
        Rejects(query, "date");

    [Fact]
    public void A_lower_bound_after_now_is_an_empty_window()
    {
        var error = Rejects("date=>=2026-12-01", "date");
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date=!>2026-11-01")]
    [InlineData("date=__null__")]
    [InlineData("date=~2026")]
    [InlineData("date=>tuesday")]
    public void The_date_parameter_takes_only_range_values(string query) =>
        Rejects(query, "date");

    [Fact]
    public void Configured_window_limits_apply()
    {
        var limits = new SearchLimits { MaxWindowDays = 30, DefaultWindowDays = 3 };
        Assert.Equal(Now.AddDays(-3), Parse("", limits: limits).Query.From);
        Rejects("date=>=2026-10-01", "date", limits: limits);
    }
}
