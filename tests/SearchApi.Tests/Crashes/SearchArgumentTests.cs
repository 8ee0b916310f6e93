using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Crashes;

/// <summary>The <c>search</c> argument speaks the search-box syntax, over <see cref="SampleCrashes"/>.</summary>
public sealed class SearchArgumentTests(SampleApi api) : IClassFixture<SampleApi>
{
    async Task<string> UuidsAsync(string arguments)
    {
        var result = await api.PostAsync($"{{ crashes({arguments}, first: 100) {{ edges {{ node {{ uuid }} }} }} }}");
        Assert.Empty(result.ErrorMessages);
        return string.Join(" ", result.Uuids().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("product:Firefox AND NOT platform:\\\"Windows NT\\\"", "crash-02")]
    [InlineData("(product:Fenix OR product:Thunderbird) -function:main", "crash-03")]
    [InlineData("signature:~OOM cpu_count:>=8", "crash-01 crash-06")]
    [InlineData("cpu_count:__null__", "crash-05")]
    [InlineData("Sweep Bar", "crash-03")]
    public async Task Search_text_is_the_search_box_syntax(string search, string expected)
    {
        Assert.Equal(expected, await UuidsAsync($"search: \"{search}\""));
    }

    [Fact]
    public async Task Its_top_level_date_ranges_set_the_time_window()
    {
        Assert.Equal("crash-08", await UuidsAsync("search: \"date:>=2026-11-10 date:<2026-11-11\""));
        Assert.Equal("crash-01 crash-02 crash-03 crash-05 crash-06 crash-08", await UuidsAsync("search: \"date:>=2026-11-10 (signature:~OOM OR platform:Android)\""));
    }

    [Fact]
    public async Task Its_date_ranges_join_from_and_to()
    {
        Assert.Equal("crash-08", await UuidsAsync("from: \"2026-11-01\", search: \"date:<2026-11-11\""));
    }

    [Theory]
    [InlineData("product:Firefox AND", "position 19")]
    [InlineData("nosuchfield:x", "position 0")]
    [InlineData("cpu_count:many", "search")]
    public async Task A_bad_search_is_a_BAD_QUERY_error_naming_the_argument_and_position(string search, string detail)
    {
        var result = await api.PostAsync("query($s: String) { crashes(search: $s) { totalCount } }", new { s = search });
        Assert.Equal(["BAD_QUERY"], result.ErrorCodes);
        Assert.Contains("'search'", result.ErrorMessages[0], StringComparison.Ordinal);
        Assert.Contains(detail, result.ErrorMessages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_window_from_search_that_is_too_long_is_a_BAD_QUERY_error()
    {
        var result = await api.PostAsync("{ crashes(search: \"date:>=2020-01-01\") { totalCount } }");
        Assert.Equal(["BAD_QUERY"], result.ErrorCodes);
        Assert.Contains("'search'", result.ErrorMessages[0], StringComparison.Ordinal);
    }
}
