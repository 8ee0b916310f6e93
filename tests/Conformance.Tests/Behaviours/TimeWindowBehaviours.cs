using CrashSearch.Conformance.Tests.Backends;
using CrashSearch.Conformance.Tests.Support;

namespace CrashSearch.Conformance.Tests.Behaviours;

/// <summary>The time window on <c>date</c>: default 7 days, open ends, exact edges, offsets, the 365-day limit.</summary>
public abstract class TimeWindowBehaviours(ICrashIndexBackend backend) : ConformanceTest(backend)
{
    // Now is 2026-11-20T12:00:00Z.
    Task IndexDatesAsync() => IndexAsync(
        Crash("future").At(Now.AddHours(1)),
        Crash("hour").At(Now.AddHours(-1)),
        Crash("edge").At(new DateTimeOffset(2026, 11, 15, 0, 0, 0, TimeSpan.Zero)),
        Crash("six").At(Now.AddDays(-6)),
        Crash("eight").At(Now.AddDays(-8)),
        Crash("month").At(Now.AddDays(-30)),
        Crash("old").At(Now.AddDays(-200)));

    [Theory]
    [InlineData("", "hour,edge,six")]
    [InlineData("date=>2026-11-01", "hour,edge,six,eight")]
    [InlineData("date=>=2026-10-01", "hour,edge,six,eight,month")]
    [InlineData("date=<2026-11-15", "six,eight")]
    [InlineData("date=<=2026-11-15", "edge,six,eight")]
    [InlineData("date=>2026-11-15", "hour")]
    [InlineData("date=>=2026-11-15", "hour,edge")]
    [InlineData("date=>=2026-11-15&date=<2026-11-15T00:00:01", "edge")]
    [InlineData("date=>2026-11-10&date=<2026-11-16", "edge,six,eight")]
    [InlineData("date=>=2026-11-20T10:00:00", "hour")]
    [InlineData("date=>=2026-11-20T13:00:00+02:00", "hour")]
    [InlineData("date=>=2026-05-01&date=<2026-11-20", "edge,six,eight,month,old")]
    [InlineData("date=>=2026-11-01&date=<2026-11-30", "future,hour,edge,six,eight")]
    public async Task The_window_follows_the_date_parameter(string query, string expected)
    {
        await IndexDatesAsync();
        var answer = await SuperSearchAsync(query);
        Assert.Equal(List(expected), answer.Uuids);
        Assert.Equal(List(expected).Length, answer.Total);
    }

    [Fact]
    public async Task An_offset_separated_by_a_decoded_plus_is_understood()
    {
        await IndexDatesAsync();
        Assert.Equal(["hour"], await UuidsAsync("date=>=2026-11-20T13:00:00 02:00"));
    }

    [Theory]
    [InlineData("date=2026-11-01")]
    [InlineData("date=!>2026-11-01")]
    [InlineData("date=~2026")]
    [InlineData("date=>2026-13-45")]
    [InlineData("date=>=2025-01-01&date=<2026-11-20")]
    [InlineData("date=<2027-01-01&date=>2025-12-31")]
    [InlineData("date=>2026-11-20&date=<2026-11-19")]
    public async Task A_bad_window_is_rejected_naming_date(string query)
    {
        await IndexDatesAsync();
        Assert.Equal("date", Rejects(query).Parameter);
    }

    [Fact]
    public async Task A_window_of_exactly_365_days_is_allowed()
    {
        await IndexDatesAsync();
        Assert.Equal(["hour", "edge", "six", "eight", "month", "old"], await UuidsAsync("date=>=2025-11-20T12:00:00&date=<2026-11-20T12:00:00"));
    }

    [Fact]
    public async Task A_search_box_date_range_sets_the_window_instead_of_narrowing_the_default()
    {
        await IndexDatesAsync();
        Assert.Equal(["hour", "edge", "six", "eight", "month"], await UuidsAsync("_query=date:>=2026-10-01"));
    }

    [Fact]
    public async Task The_window_is_the_processing_date_at_the_exact_millisecond()
    {
        var at = new DateTimeOffset(2026, 11, 19, 8, 30, 15, 250, TimeSpan.Zero);
        await IndexAsync(Crash("at").At(at), Crash("before").At(at.AddMilliseconds(-1)), Crash("after").At(at.AddMilliseconds(1)));
        Assert.Equal(["after"], await UuidsAsync("date=>2026-11-19T08:30:15.250"));
        Assert.Equal(["after", "at"], await UuidsAsync("date=>=2026-11-19T08:30:15.250"));
        Assert.Equal(["at", "before"], await UuidsAsync("date=<=2026-11-19T08:30:15.250"));
        Assert.Equal(["before"], await UuidsAsync("date=<2026-11-19T08:30:15.250"));
    }
}
