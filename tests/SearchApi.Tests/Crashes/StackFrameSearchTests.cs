using System.Net;
using CrashSearch.SearchApi.Tests.SuperSearch;
using System.Text.Json.Nodes;
using CrashSearch.SearchApi.Tests.Support;

namespace CrashSearch.SearchApi.Tests.Crashes;

/// <summary>
/// "Within the top N frames" and matched frames in both doors, over <see cref="SampleCrashes"/>: js::gc::Sweep is
/// frame 0 of crash-01 and crash-03 and frame 1 of crash-02.
/// </summary>
public sealed class StackFrameSearchTests(SampleApi api) : IClassFixture<SampleApi>
{
    async Task<string> GraphQLFramesAsync(string arguments, string frames = "frames")
    {
        var result = await api.PostAsync($"{{ crashes({arguments}, first: 100) {{ edges {{ node {{ uuid {frames} {{ index matched }} }} }} }} }}");
        Assert.Empty(result.ErrorMessages);
        var nodes = result.Data.GetProperty("crashes").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));
        return string.Join("; ", nodes.OrderBy(n => n.GetProperty("uuid").GetString(), StringComparer.Ordinal).Select(n =>
            $"{n.GetProperty("uuid").GetString()} [{string.Join("", n.GetProperty("frames").EnumerateArray().Select(f => f.GetProperty("matched").GetBoolean() ? "M" : "-"))}]"));
    }

    async Task<JsonNode> SuperSearchAsync(string query)
    {
        var response = await api.Client.GetAsync("/api/SuperSearch?" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task GraphQL_frames_say_which_frames_matched_the_search()
    {
        Assert.Equal("crash-01 [M--]; crash-02 [-M]; crash-03 [M]", await GraphQLFramesAsync("search: \"function:=js::gc::Sweep\""));
    }

    [Fact]
    public async Task GraphQL_frames_can_list_only_the_matched_ones()
    {
        Assert.Equal("crash-01 [M]; crash-02 [M]; crash-03 [M]",
            await GraphQLFramesAsync("search: \"function:Sweep\"", "frames: frames(matchedOnly: true)"));
    }

    [Fact]
    public async Task The_search_box_top_frames_suffix_works_in_GraphQL()
    {
        Assert.Equal("crash-01 [M--]; crash-03 [M]", await GraphQLFramesAsync("search: \"function[1]:js::gc::*\""));
    }

    [Fact]
    public async Task WithinTopFrames_marks_only_frames_above_the_limit()
    {
        Assert.Equal("crash-01 [-M-]; crash-02 [M-]",
            await GraphQLFramesAsync("filters: [{field: FUNCTION, op: CONTAINS, values: [\"GetAttr\"], withinTopFrames: 2}]"));
    }

    [Fact]
    public async Task Without_stack_frame_filters_no_frame_is_matched()
    {
        Assert.Equal("crash-03 [-]", await GraphQLFramesAsync("search: \"product:Fenix\""));
    }

    [Fact]
    public async Task SuperSearch_hits_carry_matched_frames_for_stack_frame_filters()
    {
        var body = await SuperSearchAsync("function%5B2%5D=~Sweep&_columns=uuid&_sort=uuid&_facets_size=0");
        JsonAssert.Equal("""
            [{"uuid": "crash-01", "matched_frames": [0]}, {"uuid": "crash-02", "matched_frames": [1]}, {"uuid": "crash-03", "matched_frames": [0]}]
            """, body["hits"]!);
    }

    [Fact]
    public async Task SuperSearch_hits_have_no_matched_frames_without_stack_frame_filters()
    {
        var body = await SuperSearchAsync("product=Fenix&_columns=uuid&_facets_size=0");
        JsonAssert.Equal("""[{"uuid": "crash-03"}]""", body["hits"]!);
    }

    [Fact]
    public async Task A_suffix_on_a_field_that_is_not_a_stack_frame_field_is_a_400_naming_the_parameter()
    {
        var response = await api.Client.GetAsync("/api/SuperSearch?signature%5B2%5D=OOM", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'signature[2]'", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
