using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Crashes;

/// <summary>Sorting, cursors and page info.</summary>
public sealed class CrashPagingTests(SampleApi api) : IClassFixture<SampleApi>
{
    const string Page = "query($after: String, $sort: [SortInput!], $first: Int) { crashes(first: $first, after: $after, sort: $sort) { totalCount edges { cursor node { uuid } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";

    [Fact]
    public async Task The_default_order_is_newest_first()
    {
        var result = await api.PostAsync("{ crashes { edges { node { uuid date } } } }");
        Assert.Equal(SampleCrashes.InWindowNewestFirst, result.Uuids());
        Assert.Equal("2026-11-20T11:00:00Z", result.Data.GetProperty("crashes").GetProperty("edges")[0].GetProperty("node").GetProperty("date").GetString());
    }

    [Fact]
    public async Task Sorting_by_a_field_breaks_ties_by_uuid_and_puts_missing_values_last()
    {
        var result = await api.PostAsync(Page, new { sort = new[] { new { field = "CPU_COUNT", descending = true } }, first = 10 });
        Assert.Equal(["crash-06", "crash-01", "crash-03", "crash-07", "crash-02", "crash-04", "crash-05"], result.Uuids());
    }

    [Fact]
    public async Task Paging_with_cursors_reads_every_crash_once_in_order()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            Assert.True(pages < 10, "paging went on past 10 pages of 2 for 7 crashes"); // a repeating cursor
            var result = await api.PostAsync(Page, new { after, first = 2 });
            Assert.Empty(result.ErrorMessages);
            var connection = result.Data.GetProperty("crashes");
            Assert.Equal(7, connection.GetProperty("totalCount").GetInt64());
            seen.AddRange(result.Uuids());
            var pageInfo = connection.GetProperty("pageInfo");
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            pages++;
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
                break;
            after = pageInfo.GetProperty("endCursor").GetString();
            Assert.Equal(after, connection.GetProperty("edges")[1].GetProperty("cursor").GetString());
        }
        Assert.Equal(4, pages);
        Assert.Equal(SampleCrashes.InWindowNewestFirst, seen);
    }

    [Fact]
    public async Task Paging_a_sorted_search_keeps_its_order()
    {
        var sort = new[] { new { field = "SIGNATURE", descending = false } };
        var first = await api.PostAsync(Page, new { sort, first = 3 });
        var after = first.Data.GetProperty("crashes").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await api.PostAsync(Page, new { sort, first = 10, after });
        Assert.Equal(
            ["crash-05", "crash-01", "crash-02", "crash-06", "crash-03", "crash-07", "crash-04"],
            first.Uuids().Concat(second.Uuids()));
    }

    [Fact]
    public async Task First_zero_returns_counts_without_crashes()
    {
        var result = await api.PostAsync("{ crashes(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }");
        var connection = result.Data.GetProperty("crashes");
        Assert.Equal(7, connection.GetProperty("totalCount").GetInt64());
        Assert.Equal(0, connection.GetProperty("edges").GetArrayLength());
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_query_without_edges_asks_the_index_for_no_hits()
    {
        await api.PostAsync("{ crashes { totalCount } }");
        Assert.Equal(0, api.Index.LastQuery!.Size);
    }
}
