using CrashSearch.Indexer.Queries;
using CrashSearch.SearchApi.Crashes;
using GraphQL;

namespace CrashSearch.SearchApi.Tests.Crashes;

public sealed class CrashCursorTests
{
    [Fact]
    public void A_cursor_round_trips_with_its_sort()
    {
        var cursor = new SearchCursor(["2026-11-20T11:00:00Z", null, "a \"quoted\" value"], "crash-01");
        var text = CrashCursor.Encode(cursor, "-date,signature");
        Assert.DoesNotContain("crash-01", text, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9_-]+$", text);
        var decoded = CrashCursor.Decode(text, "-date,signature");
        Assert.Equal(cursor.Uuid, decoded.Uuid);
        Assert.Equal(cursor.SortValues, decoded.SortValues);
    }

    [Fact]
    public void A_cursor_of_another_sort_is_refused()
    {
        var text = CrashCursor.Encode(new SearchCursor(["1"], "crash-01"), "cpu_count");
        var error = Assert.Throws<ExecutionError>(() => CrashCursor.Decode(text, "-cpu_count"));
        Assert.Equal("BAD_CURSOR", error.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("bnVsbA")]
    [InlineData("eyJrIjoiIiwidiI6WzFdLCJ1IjoieCJ9")]
    public void Anything_else_is_a_bad_cursor(string text)
    {
        var error = Assert.Throws<ExecutionError>(() => CrashCursor.Decode(text, ""));
        Assert.Equal("BAD_CURSOR", error.Code);
    }

    [Fact]
    public void The_sort_key_names_fields_and_directions()
    {
        Assert.Equal("", CrashCursor.SortKey([]));
        Assert.Equal("-cpu_count,uuid", CrashCursor.SortKey([new SortField("cpu_count", true), new SortField("uuid", false)]));
    }
}
